import type { AppEnv } from "../bindings";
import type { Prerequisite } from "./types";

// Prerequisites are data, so a skill's status is computed from configuration and content, never toggled
// (DESIGN §4): deleting the return policy from the knowledge base makes the returns skill say exactly that.

/** The demo store in D1 is the embedded default; a real backend (Shopify) replaces it when configured. */
export const commerceBackend: Prerequisite = {
  id: "commerce_backend",
  missing: "Requires a commerce backend (the demo store or a connected Shopify store)",
  holds: (env) => Boolean(env.DB),
};

async function exists(env: AppEnv, sql: string, ...params: unknown[]): Promise<boolean> {
  if (!env.DB) return false;
  try {
    return (
      (await env.DB.prepare(sql)
        .bind(...params)
        .first()) !== null
    );
  } catch {
    // A store whose database is not migrated yet has no content, rather than a broken status page.
    return false;
  }
}

export const knowledgeBase: Prerequisite = {
  id: "knowledge_base",
  missing: "Requires knowledge-base content (add help-centre articles under Knowledge base)",
  holds: (env) => exists(env, "SELECT 1 FROM kb_chunks LIMIT 1"),
};

/**
 * Knowledge-base content about one topic, found by keyword in any of the shop's languages (folded, prefix match),
 * e.g. `knowledgeAbout("return_policy", "the return policy", ["return", "retour", "zwrot"])`.
 */
export function knowledgeAbout(id: string, what: string, words: string[]): Prerequisite {
  const query = words.map((word) => `"${word.replace(/"/g, "")}"*`).join(" OR ");
  return {
    id: `kb_${id}`,
    missing: `Requires ${what} in the knowledge base (add or restore that help-centre article)`,
    holds: (env) => exists(env, "SELECT 1 FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ? LIMIT 1", query),
  };
}

/** Products to recommend: the demo catalogue, or a synced store catalogue. */
export const catalogue: Prerequisite = {
  id: "catalogue",
  missing: "Requires a synced product catalogue with at least one available product",
  holds: (env) => exists(env, "SELECT 1 FROM products WHERE available = 1 LIMIT 1"),
};

export const returnPolicy = knowledgeAbout("return_policy", "the return policy", [
  "return",
  "retour",
  "zwrot",
  "rücksend",
  "devoluc",
]);
export const modificationPolicy = knowledgeAbout("order_changes", "the order changes and cancellation policy", [
  "cancel",
  "annul",
  "anulow",
  "stornier",
  "cancela",
]);
export const subscriptionPolicy = knowledgeAbout("subscriptions", "the subscriptions policy", [
  "subscription",
  "abonnement",
  "subskrypc",
  "abo",
  "suscripc",
]);
export const loyaltyProgramme = knowledgeAbout("loyalty", "the loyalty programme", [
  "loyalty",
  "fidélité",
  "lojalnoś",
  "treue",
  "fidelidad",
]);
