import { embeddedEmbedder } from "./embedded";
import { openAiEmbedder } from "./openai";
import type { Embedder } from "./types";
import { workersAiEmbedder } from "./workers-ai";

export { EmbedderError } from "./check-embeddings";
export type { Embedder } from "./types";

/** The deployment's embedder: OpenAI when a key is set, else Workers AI when bound, else the embedded one. */
export function selectEmbedder(deps: { ai?: Ai; openaiApiKey?: string }): Embedder {
  if (deps.openaiApiKey) return openAiEmbedder(deps.openaiApiKey);
  if (deps.ai) return workersAiEmbedder(deps.ai);
  return embeddedEmbedder;
}
