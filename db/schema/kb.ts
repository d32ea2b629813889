import { blob, index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Knowledge base (DESIGN §9). The FTS5 table `kb_chunks_fts` mirrors `kb_chunks.text`; it is created by a custom
// migration because drizzle-kit does not model virtual tables.

export const kbDocuments = sqliteTable("kb_documents", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  source: text("source"),
  lang: text("lang").notNull(),
  contentHash: text("content_hash").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

export const kbChunks = sqliteTable(
  "kb_chunks",
  {
    rowid: integer("rowid").primaryKey({ autoIncrement: true }),
    id: text("id").notNull().unique(),
    documentId: text("document_id")
      .notNull()
      .references(() => kbDocuments.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    heading: text("heading"),
    text: text("text").notNull(),
    lang: text("lang").notNull(),
  },
  (t) => [index("kb_chunks_document_idx").on(t.documentId)],
);

/** Local vector index (used when no Vectorize binding is present): int8-quantised embeddings with their scale. */
export const kbVectors = sqliteTable(
  "kb_vectors",
  {
    chunkId: text("chunk_id").primaryKey(),
    documentId: text("document_id")
      .notNull()
      .references(() => kbDocuments.id, { onDelete: "cascade" }),
    lang: text("lang").notNull(),
    vector: blob("vector", { mode: "buffer" }).$type<Uint8Array>().notNull(),
    scale: real("scale").notNull(),
  },
  (t) => [index("kb_vectors_lang_idx").on(t.lang)],
);

/**
 * Which embedder built the index: a different one at query time is a configuration error, not silent garbage.
 * `version` is a fresh random stamp written with every change to the vectors, so an isolate that caches them in
 * memory sees another isolate's write on its next query (a counter could repeat after a rolled-back write).
 */
export const kbIndexMeta = sqliteTable("kb_index_meta", {
  key: text("key").primaryKey(),
  embedder: text("embedder").notNull(),
  dimensions: integer("dimensions").notNull(),
  version: text("version").notNull().default(""),
});
