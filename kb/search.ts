import type { Language } from "../worker/protocol";
import { expandQuery } from "./expand-query";
import { stems } from "./text";
import type { KbHit } from "./types";

type Row = {
  chunk_id: string;
  document_id: string;
  title: string;
  heading: string | null;
  text: string;
  lang: Language;
  source: string | null;
  rank: number;
};

/** An FTS5 MATCH expression from free text: quoted prefix terms, OR-ed, so no user input can break the syntax. */
export function ftsQuery(query: string): string | null {
  const terms = stems(expandQuery(query));
  return terms.length ? terms.map((term) => `"${term}"*`).join(" OR ") : null;
}

const SQL = `
SELECT c.id AS chunk_id, c.document_id, d.title, c.heading, c.text, c.lang, d.source,
       bm25(kb_chunks_fts, 3.0, 1.0) AS rank
FROM kb_chunks_fts
JOIN kb_chunks c ON c.rowid = kb_chunks_fts.rowid
JOIN kb_documents d ON d.id = c.document_id
WHERE kb_chunks_fts MATCH ?1 AND (?2 IS NULL OR c.lang = ?2)
ORDER BY rank, c.id
LIMIT ?3`;

const toHit = (row: Row): KbHit => ({
  chunkId: row.chunk_id,
  documentId: row.document_id,
  title: row.title,
  heading: row.heading ?? undefined,
  text: row.text,
  score: -row.rank,
  lang: row.lang,
  source: row.source ?? undefined,
});

/** BM25 keyword search over the knowledge base, in one language or (null) all. Ties are broken by chunk id. */
export async function keywordSearch(d1: D1Database, query: string, lang: Language | null, k: number): Promise<KbHit[]> {
  const match = ftsQuery(query);
  if (!match) return [];
  const { results } = await d1.prepare(SQL).bind(match, lang, k).all<Row>();
  return results.map(toHit);
}

/** The chunks with these ids, for vector matches the keyword search did not return. */
export async function chunksById(d1: D1Database, ids: string[]): Promise<Map<string, KbHit>> {
  if (ids.length === 0) return new Map();
  const { results } = await d1
    .prepare(
      `SELECT c.id AS chunk_id, c.document_id, d.title, c.heading, c.text, c.lang, d.source, 0 AS rank
       FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
       WHERE c.id IN (${ids.map(() => "?").join(",")})`,
    )
    .bind(...ids)
    .all<Row>();
  return new Map(results.map((row) => [row.chunk_id, toHit(row)]));
}
