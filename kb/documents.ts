import type { Language } from "../worker/protocol";
import { bumpIndexVersion } from "./index-meta";
import type { VectorIndex } from "./indexes/types";
import type { KbDocument } from "./types";

type Row = { id: string; title: string; lang: Language; source: string | null; updated_at: number; chunks: number };

const SELECT = `SELECT d.id, d.title, d.lang, d.source, d.updated_at, count(c.id) AS chunks
FROM kb_documents d LEFT JOIN kb_chunks c ON c.document_id = d.id`;

const toDocument = (row: Row): KbDocument => ({
  id: row.id,
  title: row.title,
  lang: row.lang,
  source: row.source ?? undefined,
  updatedAt: row.updated_at,
  chunks: row.chunks,
});

export async function listDocuments(d1: D1Database): Promise<KbDocument[]> {
  const { results } = await d1.prepare(`${SELECT} GROUP BY d.id ORDER BY d.updated_at DESC, d.id`).all<Row>();
  return results.map(toDocument);
}

export async function getDocument(d1: D1Database, id: string) {
  const row = await d1.prepare(`${SELECT} WHERE d.id = ? GROUP BY d.id`).bind(id).first<Row>();
  if (!row) return null;
  const { results } = await d1
    .prepare("SELECT id, heading, text FROM kb_chunks WHERE document_id = ? ORDER BY position")
    .bind(id)
    .all<{ id: string; heading: string | null; text: string }>();
  return { ...toDocument(row), chunks: results };
}

/** Deletes a document with its chunks, FTS entries and vectors, everywhere. */
export async function removeDocument(d1: D1Database, index: VectorIndex, id: string): Promise<boolean> {
  const { results } = await d1.prepare("SELECT id FROM kb_chunks WHERE document_id = ?").bind(id).all<{ id: string }>();
  const [, , deleted] = await d1.batch([
    d1.prepare("DELETE FROM kb_vectors WHERE document_id = ?").bind(id),
    d1.prepare("DELETE FROM kb_chunks WHERE document_id = ?").bind(id),
    d1.prepare("DELETE FROM kb_documents WHERE id = ?").bind(id),
    bumpIndexVersion(d1),
  ]);
  await index.afterWrite(
    id,
    [],
    results.map((r) => r.id),
  );
  return (deleted?.meta.changes ?? 0) > 0;
}
