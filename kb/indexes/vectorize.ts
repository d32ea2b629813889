import type { VectorIndex } from "./types";

/** Vectorize takes at most 1,000 vectors per upsert from a Worker; deletions go in the same size of batch. */
export const VECTORIZE_BATCH = 1000;
/** Vectorize answers at most 100 matches per query. */
const MAX_TOP_K = 100;

/**
 * Cloudflare Vectorize (production). Writes are asynchronous on Cloudflare's side; ids are chunk ids, and the
 * language is metadata so queries can filter on it (create a `lang` metadata index before the first insert).
 */
export function vectorizeIndex(index: VectorizeIndex): VectorIndex {
  return {
    writeStatements: () => [],
    async afterWrite(_documentId, entries, removedChunkIds) {
      const kept = new Set(entries.map((e) => e.chunkId));
      const stale = removedChunkIds.filter((id) => !kept.has(id));
      for (let i = 0; i < stale.length; i += VECTORIZE_BATCH) {
        await index.deleteByIds(stale.slice(i, i + VECTORIZE_BATCH));
      }
      for (let i = 0; i < entries.length; i += VECTORIZE_BATCH) {
        await index.upsert(
          entries.slice(i, i + VECTORIZE_BATCH).map((e) => ({
            id: e.chunkId,
            values: e.vector,
            metadata: { documentId: e.documentId, lang: e.lang },
          })),
        );
      }
    },
    async query(vector, { lang, k }) {
      const result = await index.query(vector, { topK: Math.min(k, MAX_TOP_K), filter: lang ? { lang } : undefined });
      return { matches: result.matches.map((m) => ({ chunkId: m.id, score: m.score })) };
    },
  };
}
