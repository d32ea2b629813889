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

/**
 * An FTS5 MATCH expression from free text: quoted prefix terms, OR-ed, searched in the heading and text columns, so
 * no user input can break the syntax. With a language, the language column is part of the match, so FTS5 only
 * scores chunks in that language.
 */
export function ftsQuery(query: string, lang: Language | null = null): string | null {
  const terms = stems(expandQuery(query, lang));
  if (!terms.length) return null;
  const match = `{heading text} : (${terms.map((term) => `"${term}"*`).join(" OR ")})`;
  return lang ? `lang : "${lang.replace(/"/g, "")}" AND ${match}` : match;
}

/**
 * BM25 picks the top rows inside FTS5 (heading weighted 3×, the language column not at all) and only those are
 * joined to their chunk and document. Ties at the cut go to the older row, then ties are ordered by chunk id.
 */
const SQL = `
WITH top AS (
  SELECT rowid, bm25(kb_chunks_fts, 3.0, 1.0, 0.0) AS score
  FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ?1
  ORDER BY score, rowid LIMIT ?2
)
SELECT c.id AS chunk_id, c.document_id, d.title, c.heading, c.text, c.lang, d.source, top.score AS rank
FROM top
JOIN kb_chunks c ON c.rowid = top.rowid
JOIN kb_documents d ON d.id = c.document_id
ORDER BY top.score, c.id`;

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

export const toHits = (result: D1Result<unknown> | undefined): KbHit[] => ((result?.results ?? []) as Row[]).map(toHit);

/** The BM25 keyword query, in one language or (null) all; null when the text has no searchable word. */
export function keywordStatement(d1: D1Database, query: string, lang: Language | null, k: number) {
  const match = ftsQuery(query, lang);
  return match ? d1.prepare(SQL).bind(match, k) : null;
}

/** The chunks with these ids (vector matches need their text); null for none. */
export function chunksStatement(d1: D1Database, ids: string[]) {
  if (ids.length === 0) return null;
  return d1
    .prepare(
      `SELECT c.id AS chunk_id, c.document_id, d.title, c.heading, c.text, c.lang, d.source, 0 AS rank
       FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
       WHERE c.id IN (${ids.map(() => "?").join(",")})`,
    )
    .bind(...ids);
}

/** BM25 keyword search over the knowledge base, in one language or (null) all. Ties are broken by chunk id. */
export async function keywordSearch(d1: D1Database, query: string, lang: Language | null, k: number): Promise<KbHit[]> {
  const statement = keywordStatement(d1, query, lang, k);
  return statement ? toHits(await statement.all()) : [];
}
