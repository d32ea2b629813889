import type { Language } from "../worker/protocol";
import { ingestDocument } from "./ingest";
import { keywordSearch } from "./search";
import type { KbDocumentInput, KbHit } from "./types";

export type { KbDocumentInput, KbHit } from "./types";

export type KnowledgeBaseDeps = { db: D1Database; vectorize?: VectorizeIndex; ai?: Ai; openaiApiKey?: string };

/** The knowledge base over its bindings (DESIGN §9): pure functions, no globals. */
export function createKnowledgeBase(deps: KnowledgeBaseDeps) {
  return {
    ingest: (doc: KbDocumentInput) => ingestDocument(deps.db, doc),
    search: (query: string, opts: { lang?: Language; k?: number } = {}): Promise<KbHit[]> =>
      keywordSearch(deps.db, query, opts.lang, opts.k ?? 5),
  };
}
