import type { Language } from "../../worker/protocol";
import { dotQuantized, quantize } from "../quantize";
import type { VectorIndex, VectorMatch } from "./types";

const PAGE = 2000;

type Blob = ArrayBuffer | Uint8Array | number[];
type Row = { rowid: number; chunk_id: string; vector: Blob; scale: number };

/** D1 hands blobs back as arrays of numbers, SQLite drivers as byte arrays: accept both. */
const toBytes = (value: Blob) =>
  value instanceof Uint8Array ? value : value instanceof ArrayBuffer ? new Uint8Array(value) : Uint8Array.from(value);

/** Keeps the k best matches seen so far; ties go to the smaller chunk id so results are deterministic. */
function keepBest(best: VectorMatch[], match: VectorMatch, k: number) {
  const better = (a: VectorMatch, b: VectorMatch) =>
    a.score > b.score || (a.score === b.score && a.chunkId < b.chunkId);
  if (best.length === k && !better(match, best[k - 1]!)) return;
  let i = best.length < k ? best.length : k - 1;
  best[i] = match;
  while (i > 0 && better(best[i]!, best[i - 1]!)) {
    [best[i], best[i - 1]] = [best[i - 1]!, best[i]!];
    i--;
  }
}

/**
 * Brute-force cosine search over int8 vectors stored in D1, read in pages so memory stays flat as the knowledge
 * base grows. Writes join the ingestion batch, so a document and its vectors change together.
 */
export function localIndex(d1: D1Database): VectorIndex {
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
      const best: VectorMatch[] = [];
      for (let after = 0; ; ) {
        const { results } = await d1
          .prepare(
            "SELECT rowid, chunk_id, vector, scale FROM kb_vectors WHERE rowid > ?1 AND (?2 IS NULL OR lang = ?2) ORDER BY rowid LIMIT ?3",
          )
          .bind(after, (lang as Language | undefined) ?? null, PAGE)
          .all<Row>();
        for (const row of results)
          keepBest(best, { chunkId: row.chunk_id, score: dotQuantized(vector, toBytes(row.vector), row.scale) }, k);
        if (results.length < PAGE) return best;
        after = results.at(-1)!.rowid;
      }
    },
  };
}
