import { env } from "cloudflare:test";
import type { UIMessageChunk } from "ai";
import { describe, expect, inject, it } from "vitest";
import { runTurn } from "../../../worker/agent/turn";
import type { AppEnv } from "../../../worker/bindings";
import { commerceFor } from "../../../worker/commerce";

const alice = { customerId: "cust_alice", email: "alice@example.com", expiresAt: Date.now() + 3_600_000 };
let nonce = 0;

/** The deployment as a merchant with an OpenAI key (pointed at the local fake) would run it. */
const withOpenAi = (model: string): AppEnv =>
  ({ ...env, OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: inject("fakeOpenAiUrl"), OPENAI_MODEL: model }) as AppEnv;

/** A Workers AI binding stand-in: answers each `run` call from a script, recording the inputs. */
function fakeWorkersAi(replies: (Record<string, unknown> | Error)[]) {
  const inputs: Record<string, unknown>[] = [];
  const binding = {
    run: async (_model: string, input: Record<string, unknown>) => {
      inputs.push(input);
      const reply = replies[Math.min(inputs.length - 1, replies.length - 1)]!;
      if (reply instanceof Error) throw reply;
      return reply;
    },
  };
  return { env: { ...env, AI: binding } as unknown as AppEnv, inputs };
}

async function turn(testEnv: AppEnv, text: string, shopper: typeof alice | null = alice) {
  const result = runTurn({
    env: testEnv,
    commerce: commerceFor(env as AppEnv),
    replyId: `msg_${++nonce}`,
    text,
    history: [],
    locale: "en",
    shopper,
    conversationId: `conv_llm_${nonce}`,
  });
  const chunks: UIMessageChunk[] = [];
  const reader = result.stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return {
    chunks,
    text: chunks.map((c) => (c.type === "text-delta" ? c.delta : "")).join(""),
    cards: chunks.filter((c) => c.type.startsWith("data-")).map((c) => c.type),
    outcome: await result.outcome,
    effects: result.effects,
  };
}

const callsTo = async (model: string) =>
  (await fetch(`${inject("fakeOpenAiUrl").replace(/\/v1$/, "")}/__calls?model=${model}`)).json<any[]>();

describe("OpenAI-compatible provider", () => {
  it("runs the tool loop against the API: the model calls lookupOrder, the card comes from verified data", async () => {
    const model = `track-${Date.now()}`;
    const reply = await turn(withOpenAi(model), "Where is my order #1003?");
    expect(reply.text).toBe("Order #1003 is in_transit.");
    expect(reply.cards).toEqual(["data-order"]);
    expect(reply.chunks.some((c) => c.type.startsWith("tool-"))).toBe(false);
    expect(reply.outcome).toBe("answered");

    const [first, second] = await callsTo(model);
    expect(first.stream).toBe(true);
    expect(first.tools.map((t: any) => t.function.name)).toEqual(["lookupOrder"]);
    expect(first.messages[0]).toMatchObject({ role: "system" });
    const toolMessage = second.messages.find((m: any) => m.role === "tool");
    expect(JSON.parse(toolMessage.content).order).toMatchObject({ name: "#1003", status: "in_transit" });
  });

  it("never hands the model another shopper's order: the tool answers not-found", async () => {
    const model = `track-${Date.now()}-other`;
    await turn(withOpenAi(model), "Where is order #2001?");
    const [, second] = await callsTo(model);
    const toolMessage = second.messages.find((m: any) => m.role === "tool");
    expect(JSON.parse(toolMessage.content)).toEqual({
      error: "order_not_found",
      orderName: "#2001",
      otherOrders: ["#1004", "#1003", "#1005", "#1001", "#1002"],
    });
  });

  it("retries a failing provider twice, then answers normally", async () => {
    const model = `flaky-2-${Date.now()}`;
    const reply = await turn(withOpenAi(model), "What are your shipping costs?", null);
    expect(reply.text).toBe("All good.");
    expect(await callsTo(model)).toHaveLength(3);
    expect(reply.effects.handoff).toBeNull();
  });

  it("after three failures says so honestly and hands the conversation to a person", async () => {
    const model = `flaky-9-${Date.now()}`;
    const reply = await turn(withOpenAi(model), "What are your shipping costs?", null);
    expect(await callsTo(model)).toHaveLength(3);
    expect(reply.text).toMatch(/^Sorry, I can't answer that right now\. I've passed this to our team/);
    expect(reply.cards).toContain("data-handoff");
    expect(reply.outcome).toBe("error");
    expect(reply.effects.handoff?.reason).toBe("model_failure");
  });

  it("does not retry a rejected API key", async () => {
    const model = `denied-${Date.now()}`;
    const reply = await turn(withOpenAi(model), "What are your shipping costs?", null);
    expect(await callsTo(model)).toHaveLength(1);
    expect(reply.effects.handoff?.reason).toBe("model_failure");
  });

  it("marks an answer cut off mid-stream as unreliable instead of presenting it as complete", async () => {
    const model = `cut-${Date.now()}`;
    const reply = await turn(withOpenAi(model), "When will I get my refund?", null);
    expect(reply.text).toMatch(
      /^Your refund will be\s+Sorry — my answer above was cut off, so please don't rely on it\./,
    );
    expect(reply.cards).toContain("data-handoff");
    expect(reply.chunks.at(-1)?.type).toBe("finish");
  });
});

describe("Workers AI binding", () => {
  it("runs the same tool loop through the AI binding", async () => {
    const ai = fakeWorkersAi([
      { response: "", tool_calls: [{ name: "lookupOrder", arguments: { orderName: "#1001" } }] },
      { response: "Your order #1001 was delivered." },
    ]);
    const reply = await turn(ai.env, "Where is my order #1001?");
    expect(reply.text).toBe("Your order #1001 was delivered.");
    expect(reply.cards).toEqual(["data-order"]);
    expect(ai.inputs).toHaveLength(2);
    expect(JSON.stringify(ai.inputs[1])).toMatch(/#1001/);
  });

  it("retries a failing binding and then ends honestly with a handoff", async () => {
    const ai = fakeWorkersAi([new Error("3040: Capacity temporarily exceeded")]);
    const reply = await turn(ai.env, "Where is my order #1001?");
    expect(ai.inputs).toHaveLength(3);
    expect(reply.text).toMatch(/Sorry, I can't answer that right now/);
    expect(reply.effects.handoff?.reason).toBe("model_failure");
  });
});

describe("routing with a real model", () => {
  it("lets the model settle a message the local router is unsure about", async () => {
    const model = `route-loyalty-${Date.now()}`;
    const result = runTurn({
      env: withOpenAi(model),
      commerce: commerceFor(env as AppEnv),
      replyId: "msg_route_1",
      text: "it's about the gold thing",
      history: [],
      locale: "en",
      shopper: null,
      conversationId: "conv_route_1",
    });
    const reader = result.stream.getReader();
    const chunks: UIMessageChunk[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(result.route).toBe("loyalty");
    expect((chunks[0] as { messageMetadata?: { skill?: string } }).messageMetadata?.skill).toBe("loyalty");
    const [routing] = await callsTo(model);
    expect(routing.stream).toBeFalsy();
    expect(routing.messages[0].content).toMatch(/Answer with the skill id only/);
  });

  it("keeps the local route when the model answers nonsense, and never asks it about a clear message", async () => {
    const nonsense = `route-banana-${Date.now()}`;
    const unsure = runTurn({
      env: withOpenAi(nonsense),
      commerce: commerceFor(env as AppEnv),
      replyId: "msg_route_2",
      text: "it's about the gold thing",
      history: [],
      locale: "en",
      shopper: null,
      conversationId: "conv_route_2",
    });
    const reader = unsure.stream.getReader();
    while (!(await reader.read()).done) {}
    expect(unsure.route).toBe("loyalty"); // the local router's own guess

    const clear = `route-returns-${Date.now()}`;
    await turn(withOpenAi(clear), "Where is my order #1003?");
    const calls = await callsTo(clear);
    expect(calls.every((c: any) => c.stream === true)).toBe(true);
  });
});
