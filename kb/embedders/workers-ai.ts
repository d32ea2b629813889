import type { Embedder } from "./types";

/** Workers AI `@cf/baai/bge-m3` (1024 dims, multilingual). The model accepts at most 100 texts per request. */
const BATCH = 100;

export function workersAiEmbedder(ai: Ai): Embedder {
  return {
    id: "@cf/baai/bge-m3",
    dimensions: 1024,
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const result = (await ai.run(
          "@cf/baai/bge-m3" as never,
          { text: texts.slice(i, i + BATCH) } as never,
        )) as unknown as {
          data: number[][];
        };
        vectors.push(...result.data.map((values) => Float32Array.from(values)));
      }
      return vectors;
    },
  };
}
