import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { kbChunks, kbDocuments } from "../db/schema";
import { detectLanguage } from "../worker/i18n/detect-language";
import { chunkMarkdown } from "./chunk";
import type { KbDocumentInput } from "./types";

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Writes a document and all its chunks in one D1 batch (one transaction): re-ingesting an id replaces its chunks,
 * and a failure leaves the previous version whole. The FTS index follows through triggers.
 */
export async function ingestDocument(d1: D1Database, input: KbDocumentInput): Promise<{ id: string; chunks: number }> {
  const body = input.markdown ?? input.text ?? "";
  if (!input.title?.trim() || !body.trim()) throw new Error("a document needs a title and some text");
  const id = input.id ?? `doc_${(await sha256(`${input.title}\n${body}`)).slice(0, 16)}`;
  const lang = input.lang ?? detectLanguage(`${input.title} ${body}`);
  const chunks = chunkMarkdown(body);
  const db = drizzle(d1);
  await db.batch([
    db.delete(kbChunks).where(eq(kbChunks.documentId, id)),
    db
      .insert(kbDocuments)
      .values({
        id,
        title: input.title,
        source: input.source,
        lang,
        contentHash: await sha256(body),
        updatedAt: input.updatedAt ?? Date.now(),
      })
      .onConflictDoUpdate({
        target: kbDocuments.id,
        set: {
          title: input.title,
          source: input.source,
          lang,
          contentHash: await sha256(body),
          updatedAt: input.updatedAt ?? Date.now(),
        },
      }),
    ...chunks.map((chunk, position) =>
      db
        .insert(kbChunks)
        .values({ id: `${id}#${position}`, documentId: id, position, heading: chunk.heading, text: chunk.text, lang }),
    ),
  ]);
  return { id, chunks: chunks.length };
}
