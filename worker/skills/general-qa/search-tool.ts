import { tool } from "ai";
import { z } from "zod";
import { createKnowledgeBase } from "../../../kb";
import type { SkillContext } from "../types";

export type SearchOutput =
  | { passages: { chunkId: string; title: string; text: string; lang: string }[] }
  | { error: "no_match" | "search_unavailable" };

/** How many passages the model sees; the best one is cited first. */
const TOP_K = 3;

/**
 * Searches the merchant's knowledge base in the shopper's language (falling back across languages) and cites every
 * passage it hands to the model as a `source-document` part.
 */
export function searchKnowledgeTool(ctx: SkillContext) {
  return tool({
    description: "Search the store's help-centre articles (policies, shipping, returns, payments, care, contact).",
    inputSchema: z.object({ query: z.string().min(1).max(500).describe("The shopper's question, in their words") }),
    execute: async ({ query }): Promise<SearchOutput> => {
      const kb = createKnowledgeBase({
        db: ctx.env.DB,
        vectorize: ctx.env.VECTORIZE,
        ai: ctx.env.AI,
        openaiApiKey: ctx.env.OPENAI_API_KEY || undefined,
      });
      let hits: Awaited<ReturnType<typeof kb.search>>;
      try {
        hits = await kb.search(query, { lang: ctx.language, k: TOP_K });
      } catch (error) {
        // A misconfigured embedder or a provider outage: the turn says it does not know rather than failing.
        console.error("knowledge-base search failed", error);
        return { error: "search_unavailable" };
      }
      if (hits.length === 0) return { error: "no_match" };
      for (const hit of hits) {
        ctx.writer.write({
          type: "source-document",
          sourceId: hit.chunkId,
          mediaType: "text/markdown",
          title: hit.title,
        });
      }
      return { passages: hits.map((h) => ({ chunkId: h.chunkId, title: h.title, text: h.text, lang: h.lang })) };
    },
  });
}
