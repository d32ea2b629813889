import type { VectorIndex } from "./types";

/** Cloudflare Vectorize (production). Writes are asynchronous on Cloudflare's side; ids are chunk ids. */
export function vectorizeIndex(index: VectorizeIndex): VectorIndex {
  return {
    writeStatements: () => [],
    async afterWrite(_documentId, entries, removedChunkIds) {
      const kept = new Set(entries.map((e) => e.chunkId));
      const stale = removedChunkIds.filter((id) => !kept.has(id));
      if (stale.length) await index.deleteByIds(stale);
      for (let i = 0; i < entries.length; i += 1000) {
        await index.upsert(
          entries.slice(i, i + 1000).map((e) => ({
            id: e.chunkId,
            values: e.vector,
            metadata: { documentId: e.documentId, lang: e.lang },
          })),
        );
      }
    },
    async query(vector, { lang, k }) {
      const result = await index.query(vector, { topK: Math.min(k, 100), filter: lang ? { lang } : undefined });
      return result.matches.map((m) => ({ chunkId: m.id, score: m.score }));
    },
  };
}
