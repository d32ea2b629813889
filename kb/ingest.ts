import { detectLanguage } from "../worker/i18n/detect-language";
import { chunkMarkdown } from "./chunk";
import type { Embedder } from "./embedders";
import { htmlToMarkdown } from "./html";
import { bumpIndexVersion, checkIndexEmbedder } from "./index-meta";
import type { VectorIndex } from "./indexes/types";
import type { KbDocumentInput } from "./types";

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export type IngestDeps = { db: D1Database; embedder: Embedder; index: VectorIndex };

/**
 * Writes a document, its chunks and (locally) their vectors in one D1 batch — one transaction: re-ingesting an id
 * replaces everything of the old version, and a failure leaves the old version whole. FTS follows by trigger; the
 * index version changes in the same batch, so in-memory copies of the vectors know to reload.
 */
export async function ingestDocument(
  deps: IngestDeps,
  input: KbDocumentInput,
): Promise<{ id: string; chunks: number }> {
  const body = input.markdown ?? input.text ?? (input.html ? htmlToMarkdown(input.html) : "");
  if (!input.title?.trim() || !body.trim()) throw new Error("a document needs a title and some text");
  const { db, embedder, index } = deps;
  const hash = await sha256(body);
  const id = input.id ?? `doc_${(await sha256(`${input.title}\n${body}`)).slice(0, 16)}`;
  const lang = input.lang ?? detectLanguage(`${input.title} ${body}`);
  const chunks = chunkMarkdown(body).map((chunk, position) => ({ ...chunk, id: `${id}#${position}`, position }));
  const vectors = await embedder.embed(chunks.map((c) => `${input.title}. ${c.heading ?? ""}. ${c.text}`));
  const recordEmbedder = await checkIndexEmbedder(db, embedder);
  const previous = await db.prepare("SELECT id FROM kb_chunks WHERE document_id = ?").bind(id).all<{ id: string }>();
  const entries = chunks.map((c, i) => ({ chunkId: c.id, documentId: id, lang, vector: vectors[i]! }));
  const updatedAt = input.updatedAt ?? Date.now();
  await db.batch([
    ...(recordEmbedder ? [recordEmbedder] : []),
    db.prepare("DELETE FROM kb_chunks WHERE document_id = ?").bind(id),
    db
      .prepare(
        `INSERT INTO kb_documents (id, title, source, lang, content_hash, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET title = ?2, source = ?3, lang = ?4, content_hash = ?5, updated_at = ?6`,
      )
      .bind(id, input.title, input.source ?? null, lang, hash, updatedAt),
    ...chunks.map((c) =>
      db
        .prepare("INSERT INTO kb_chunks (id, document_id, position, heading, text, lang) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(c.id, id, c.position, c.heading ?? null, c.text, lang),
    ),
    ...index.writeStatements(id, entries),
    bumpIndexVersion(db),
  ]);
  await index.afterWrite(
    id,
    entries,
    previous.results.map((r) => r.id),
  );
  return { id, chunks: chunks.length };
}
