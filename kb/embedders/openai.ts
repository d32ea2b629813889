import { createOpenAI } from "@ai-sdk/openai";
import { embedMany } from "ai";
import { checkEmbeddings, describeFailure, EmbedderError } from "./check-embeddings";
import type { Embedder } from "./types";

const ID = "openai:text-embedding-3-small";
const DIMENSIONS = 1536;
/**
 * Texts per request. OpenAI accepts 2,048 inputs but at most 300k tokens per request; 256 chunks of ≤ 1,200
 * characters (~300 tokens each) stay well below both.
 */
export const OPENAI_BATCH = 256;

/** OpenAI `text-embedding-3-small` (1536 dims) through the AI SDK; `baseURL` points tests at a local fake. */
export function openAiEmbedder(apiKey: string, baseURL?: string): Embedder {
  const model = createOpenAI({ apiKey, baseURL }).embedding("text-embedding-3-small");
  return {
    id: ID,
    dimensions: DIMENSIONS,
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += OPENAI_BATCH) {
        const values = texts.slice(i, i + OPENAI_BATCH);
        try {
          const { embeddings } = await embedMany({ model, values });
          vectors.push(...embeddings.map((embedding) => Float32Array.from(embedding)));
        } catch (error) {
          throw new EmbedderError(`OpenAI embeddings (text-embedding-3-small) failed: ${describeFailure(error)}`);
        }
      }
      return checkEmbeddings(ID, DIMENSIONS, texts.length, vectors);
    },
  };
}
