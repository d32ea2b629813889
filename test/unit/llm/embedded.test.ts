import { streamText, tool } from "ai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EmbeddedModel, wordDeltas } from "../../../worker/llm/embedded";

function run(question: string) {
  const calls: unknown[] = [];
  const model = new EmbeddedModel({
    plan: () => [{ toolName: "lookup", input: { q: question } }],
    compose: (results) => `Answer from ${JSON.stringify(results.lookup)}.`,
  });
  const result = streamText({
    model,
    prompt: question,
    tools: {
      lookup: tool({
        inputSchema: z.object({ q: z.string() }),
        execute: async ({ q }) => {
          calls.push(q);
          return { found: q.length };
        },
      }),
    },
    stopWhen: () => false,
  });
  return { result, calls };
}

describe("the embedded model", () => {
  it("calls the planned tools, then composes the reply from their results", async () => {
    const { result, calls } = run("hello there");
    expect(await result.text).toBe('Answer from {"found":11}.');
    expect(calls).toEqual(["hello there"]);
  });

  it("is deterministic: same input, same stream", async () => {
    const parts = async () => {
      const chunks: string[] = [];
      for await (const part of run("same").result.stream) if (part.type === "text-delta") chunks.push(part.text);
      return chunks;
    };
    expect(await parts()).toEqual(await parts());
  });

  it("streams text in several small deltas that add up to the whole reply", () => {
    const text = "Your order #1003 is on its way with Colissimo (tracking number 6A10030000003).";
    const deltas = wordDeltas(text);
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.join("")).toBe(text);
  });
});
