import type { Embedder } from "../embedders";
import { assertSameEmbedder, type IndexMeta, readIndexMeta } from "../index-meta";
import { quantize } from "../quantize";
import type { FreshnessCheck, VectorIndex } from "./types";
import { cachedSearcher, forgetSearcher, type LocalSearcher, loadedSearcher } from "./vector-cache";

/**
 * The index used when no Vectorize binding is present: int8 vectors stored in D1 (written in the ingestion batch,
 * so a document and its vectors change together) and searched from an in-memory copy per isolate.
 *
 * A query answers from the loaded copy straight away and hands back a freshness check: the one-row index meta,
 * read in the same D1 batch as the keyword search, so the common case costs no extra round trip. If another write
 * (from any isolate) changed the version, or the embedder no longer matches, the copy is dropped and the caller
 * asks again, which reads the meta first, refuses a mismatched embedder and loads the current vectors.
 */
export function localIndex(d1: D1Database, embedder: Pick<Embedder, "id" | "dimensions">): VectorIndex {
  const freshness = (searcher: LocalSearcher): FreshnessCheck => ({
    statement: d1.prepare("SELECT embedder, dimensions, version FROM kb_index_meta WHERE key = 'chunks'"),
    isCurrent(result) {
      const meta = result.results[0] as IndexMeta | undefined;
      const current =
        meta?.version === searcher.version && meta.embedder === embedder.id && meta.dimensions === embedder.dimensions;
      if (!current) forgetSearcher(searcher.version);
      return current;
    },
  });
  return {
    writeStatements(documentId, entries) {
      return [
        d1.prepare("DELETE FROM kb_vectors WHERE document_id = ?").bind(documentId),
        ...entries.map((entry) => {
          const { bytes, scale } = quantize(entry.vector);
          return d1
            .prepare("INSERT INTO kb_vectors (chunk_id, document_id, lang, vector, scale) VALUES (?, ?, ?, ?, ?)")
            .bind(entry.chunkId, entry.documentId, entry.lang, bytes, scale);
        }),
      ];
    },
    afterWrite: async () => {},
    async query(vector, { lang, k }) {
      let searcher = loadedSearcher();
      if (!searcher) {
        const meta = await readIndexMeta(d1);
        if (!meta) return { matches: [] };
        assertSameEmbedder(meta, embedder);
        searcher = await cachedSearcher(d1, meta);
      }
      return { matches: searcher.search(vector, lang, k), freshness: freshness(searcher) };
    },
  };
}
