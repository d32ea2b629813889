import { describe, expect, it } from "vitest";
import { EmbedderError } from "../../../kb/embedders";
import { WORKERS_AI_BATCH, workersAiEmbedder } from "../../../kb/embedders/workers-ai";

/**
 * An in-memory `AI` binding: `run(model, { text })` answers like `@cf/baai/bge-m3` — `{ shape: [n, 1024], data }` —
 * with the number in each text at [0], so the order of vectors can be checked. Workers AI does not run locally.
 */
function fakeAi(options: { dimensions?: number; fail?: Error } = {}) {
  const calls: { model: string; text: string[] }[] = [];
  const ai = {
    async run(model: string, inputs: { text: string[] }) {
      calls.push({ model, text: inputs.text });
      if (options.fail) throw options.fail;
      if (inputs.text.length > 100) throw new Error("AiError: 5006: text: must NOT have more than 100 items");
      const data = inputs.text.map((text) => {
        const vector = new Array<number>(options.dimensions ?? 1024).fill(0);
        vector[0] = Number(text.match(/\d+/)?.[0]);
        return vector;
      });
      return { shape: [data.length, options.dimensions ?? 1024], data, pooling: "cls" };
    },
  };
  return { ai: ai as unknown as Ai, calls };
}

describe("Workers AI embedder (@cf/baai/bge-m3) with a fake AI binding", () => {
  it("sends at most 100 texts per call to bge-m3 and keeps vectors in text order", async () => {
    const { ai, calls } = fakeAi();
    const texts = Array.from({ length: 250 }, (_, i) => `chunk ${i}`);
    const vectors = await workersAiEmbedder(ai).embed(texts);
    expect(WORKERS_AI_BATCH).toBe(100);
    expect(calls.map((c) => [c.model, c.text.length])).toEqual([
      ["@cf/baai/bge-m3", 100],
      ["@cf/baai/bge-m3", 100],
      ["@cf/baai/bge-m3", 50],
    ]);
    expect(vectors).toHaveLength(250);
    expect(vectors.every((v) => v instanceof Float32Array && v.length === 1024)).toBe(true);
    expect(vectors.map((v) => v[0])).toEqual(texts.map((_, i) => i));
  });

  it("records itself as bge-m3 with 1024 dimensions, which the index checks against", () => {
    expect(workersAiEmbedder(fakeAi().ai)).toMatchObject({ id: "@cf/baai/bge-m3", dimensions: 1024 });
  });

  it("reports a failing binding as an embedder error naming the model", async () => {
    const { ai } = fakeAi({ fail: new Error("3040: Capacity temporarily exceeded") });
    const failure = workersAiEmbedder(ai).embed(["chunk 1"]);
    await expect(failure).rejects.toBeInstanceOf(EmbedderError);
    await expect(failure).rejects.toThrow(/Workers AI embeddings \(@cf\/baai\/bge-m3\) failed: 3040: Capacity/);
  });

  it("refuses vectors of the wrong size", async () => {
    await expect(workersAiEmbedder(fakeAi({ dimensions: 768 }).ai).embed(["chunk 1"])).rejects.toThrow(
      /768-dimensional embeddings; expected 1024/,
    );
  });
});
