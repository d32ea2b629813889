import { createOpenAI } from "@ai-sdk/openai";
import { embedMany } from "ai";
import type { Embedder } from "./types";

/** OpenAI `text-embedding-3-small` (1536 dims) through the AI SDK. */
export function openAiEmbedder(apiKey: string, baseURL?: string): Embedder {
  const model = createOpenAI({ apiKey, baseURL }).embedding("text-embedding-3-small");
  return {
    id: "openai:text-embedding-3-small",
    dimensions: 1536,
    async embed(texts) {
      const { embeddings } = await embedMany({ model, values: texts, maxParallelCalls: 2 });
      return embeddings.map((values) => Float32Array.from(values));
    },
  };
}
