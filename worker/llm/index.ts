import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import { createWorkersAI } from "workers-ai-provider";
import type { AppEnv } from "../bindings";
import { EmbeddedModel, type EmbeddedScript } from "./embedded";
import { withRetries } from "./retrying-model";

/** Explicit, because the provider would otherwise read an empty OPENAI_BASE_URL var from process.env and fail. */
const OPENAI_API_URL = "https://api.openai.com/v1";

export type ModelKind = "openai" | "workers-ai" | "embedded";

/** Which model this deployment uses: the first configured provider wins, the embedded model is the default. */
export function modelKind(env: AppEnv): ModelKind {
  if (env.OPENAI_API_KEY) return "openai";
  if (env.AI) return "workers-ai";
  return "embedded";
}

/**
 * The one switch between models (DESIGN §2 `llm/`). A real model decides its own tool calls from the skill's
 * guidance; the embedded model follows the skill's script for this turn instead.
 */
export function selectModel(env: AppEnv, script: EmbeddedScript): LanguageModel {
  switch (modelKind(env)) {
    case "openai":
      // Chat Completions: the wire format every OpenAI-compatible gateway speaks (OPENAI_BASE_URL points at one).
      return withRetries(
        createOpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL || OPENAI_API_URL }).chat(
          env.OPENAI_MODEL || "gpt-4.1-mini",
        ),
      );
    case "workers-ai":
      // modelKind checked the binding.
      return withRetries(createWorkersAI({ binding: env.AI! })(env.WORKERS_AI_MODEL as never));
    default:
      return new EmbeddedModel(script);
  }
}
