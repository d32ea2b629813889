import { checkEmbeddings, describeFailure, EmbedderError } from "./check-embeddings";
import type { Embedder } from "./types";

const MODEL = "@cf/baai/bge-m3";
const DIMENSIONS = 1024;
/** `@cf/baai/bge-m3` accepts at most 100 texts per request (its input schema's `maxItems`). */
export const WORKERS_AI_BATCH = 100;

type Bge = { shape?: number[]; data: number[][] };

/** Workers AI `@cf/baai/bge-m3` (1024 dims, multilingual) through the `AI` binding. */
export function workersAiEmbedder(ai: Ai): Embedder {
  return {
    id: MODEL,
    dimensions: DIMENSIONS,
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += WORKERS_AI_BATCH) {
        let result: Bge;
        try {
          // The binding's generated types do not list every model; the shape used is the model card's.
          result = (await ai.run(
            MODEL as never,
            { text: texts.slice(i, i + WORKERS_AI_BATCH) } as never,
          )) as unknown as Bge;
        } catch (error) {
          throw new EmbedderError(`Workers AI embeddings (${MODEL}) failed: ${describeFailure(error)}`);
        }
        vectors.push(...(result?.data ?? []).map((values) => Float32Array.from(values)));
      }
      return checkEmbeddings(MODEL, DIMENSIONS, texts.length, vectors);
    },
  };
}
