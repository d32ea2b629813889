import type { Embedder } from "./embedders";

/** Raised when the index was built by another embedder than the one configured now. */
export class EmbedderMismatchError extends Error {}

/**
 * Checks that the stored vectors were made by `embedder`; returns the statement that records it when the index is
 * still empty. Mixing two embedders' vectors would rank garbage silently, so a mismatch stops with a clear message.
 */
export async function checkIndexEmbedder(d1: D1Database, embedder: Embedder): Promise<D1PreparedStatement | null> {
  const row = await d1
    .prepare("SELECT embedder, dimensions FROM kb_index_meta WHERE key = 'chunks'")
    .first<{ embedder: string; dimensions: number }>();
  if (!row) {
    return d1
      .prepare("INSERT OR IGNORE INTO kb_index_meta (key, embedder, dimensions) VALUES ('chunks', ?, ?)")
      .bind(embedder.id, embedder.dimensions);
  }
  if (row.embedder !== embedder.id || row.dimensions !== embedder.dimensions) {
    throw new EmbedderMismatchError(
      `The knowledge-base index was built with ${row.embedder} (${row.dimensions} dimensions) but this deployment ` +
        `embeds with ${embedder.id} (${embedder.dimensions} dimensions). Re-import the knowledge base after ` +
        "switching embedders, or restore the previous model configuration.",
    );
  }
  return null;
}
