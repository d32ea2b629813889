import type { Prerequisite } from "./types";

// Prerequisites are data, so a skill's status is computed from configuration, never toggled (DESIGN §4).

/** The demo store in D1 is the embedded default; a real backend (Shopify) replaces it when configured. */
export const commerceBackend: Prerequisite = {
  id: "commerce_backend",
  missing: "Requires a commerce backend (the demo store or a connected Shopify store)",
  holds: (env) => Boolean(env.DB),
};

export const knowledgeBase: Prerequisite = {
  id: "knowledge_base",
  missing: "Requires knowledge-base content (add help-centre articles under Knowledge base)",
  holds: (env) => Boolean(env.DB),
};
