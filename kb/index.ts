import type { Language } from "../worker/protocol";
import { type ConfiguredFacts, findConflicts } from "./conflicts";
import { getDocument, listDocuments, removeDocument } from "./documents";
import { type Embedder, selectEmbedder } from "./embedders";
import { hybridSearch } from "./hybrid-search";
import { localIndex } from "./indexes/local";
import type { VectorIndex } from "./indexes/types";
import { vectorizeIndex } from "./indexes/vectorize";
import { ingestDocument } from "./ingest";
import type { KbDocumentInput, KbHit } from "./types";

export type { KbDocumentInput, KbHit } from "./types";

export type KnowledgeBaseDeps = {
  db: D1Database;
  vectorize?: VectorizeIndex;
  ai?: Ai;
  openaiApiKey?: string;
  embedder?: Embedder;
};

/** The knowledge base over its bindings (DESIGN §9): Vectorize when bound, else the local D1 index. */
export function createKnowledgeBase(deps: KnowledgeBaseDeps) {
  const embedder = deps.embedder ?? selectEmbedder(deps);
  const index: VectorIndex = deps.vectorize ? vectorizeIndex(deps.vectorize) : localIndex(deps.db, embedder);
  const parts = { db: deps.db, embedder, index };
  return {
    embedder,
    ingest: (doc: KbDocumentInput) => ingestDocument(parts, doc),
    list: () => listDocuments(deps.db),
    get: (id: string) => getDocument(deps.db, id),
    remove: (id: string) => removeDocument(deps.db, index, id),
    async conflicts(configured: ConfiguredFacts = {}) {
      const { results } = await deps.db
        .prepare("SELECT id, text FROM kb_chunks ORDER BY id")
        .all<{ id: string; text: string }>();
      return findConflicts(results, configured);
    },
    search: (query: string, opts: { lang?: Language; k?: number } = {}): Promise<KbHit[]> =>
      hybridSearch(parts, query, opts.lang, opts.k ?? 5),
  };
}
