import type { Embedder } from "./embedders";

/** Raised when the index was built by another embedder than the one configured now. */
export class EmbedderMismatchError extends Error {}

/** The one row that describes the index: who built it, and the stamp of its latest change. */
export type IndexMeta = { embedder: string; dimensions: number; version: string };

export function readIndexMeta(d1: D1Database): Promise<IndexMeta | null> {
  return d1.prepare("SELECT embedder, dimensions, version FROM kb_index_meta WHERE key = 'chunks'").first<IndexMeta>();
}

/** Mixing two embedders' vectors would rank garbage silently, so a mismatch stops with a clear message. */
export function assertSameEmbedder(meta: IndexMeta, embedder: Pick<Embedder, "id" | "dimensions">): void {
  if (meta.embedder !== embedder.id || meta.dimensions !== embedder.dimensions) {
    throw new EmbedderMismatchError(
      `The knowledge-base index was built with ${meta.embedder} (${meta.dimensions} dimensions) but this deployment ` +
        `embeds with ${embedder.id} (${embedder.dimensions} dimensions). Re-import the knowledge base after ` +
        "switching embedders, or restore the previous model configuration.",
    );
  }
}

/**
 * Checks that the stored vectors were made by `embedder`; returns the statement that records it when the index is
 * still empty.
 */
export async function checkIndexEmbedder(d1: D1Database, embedder: Embedder): Promise<D1PreparedStatement | null> {
  const meta = await readIndexMeta(d1);
  if (!meta) {
    return d1
      .prepare("INSERT OR IGNORE INTO kb_index_meta (key, embedder, dimensions) VALUES ('chunks', ?, ?)")
      .bind(embedder.id, embedder.dimensions);
  }
  assertSameEmbedder(meta, embedder);
  return null;
}

/**
 * Marks the vectors as changed. Runs inside every batch that writes or deletes vectors, so the new stamp commits
 * with them; isolates holding the vectors in memory compare stamps and reload (see indexes/vector-cache.ts).
 */
export function bumpIndexVersion(d1: D1Database): D1PreparedStatement {
  return d1.prepare("UPDATE kb_index_meta SET version = ?1 WHERE key = 'chunks'").bind(crypto.randomUUID());
}
