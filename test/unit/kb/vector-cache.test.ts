import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../../kb";
import { embedText } from "../../../kb/embedders/embedded";
import { EmbedderMismatchError } from "../../../kb/index-meta";
import { quantize } from "../../../kb/quantize";
import { sqliteD1 } from "../../eval/sqlite-d1";

const MIGRATIONS = join(import.meta.dirname, "../../../db/migrations");

/** A D1 over in-memory SQLite that counts how often the vectors are read in full. */
function countingDb() {
  const db = sqliteD1(MIGRATIONS);
  const loads = { count: 0 };
  const counting = {
    prepare(sql: string) {
      if (sql.includes("hex(vector)")) loads.count++;
      return db.prepare(sql);
    },
    batch: db.batch.bind(db),
    exec: db.exec.bind(db),
  } as unknown as D1Database;
  return { db: counting, loads };
}

const doc = (id: string, text: string) => ({ id, title: id, markdown: text, lang: "en" as const });

describe("in-memory copy of the local index", () => {
  it("reads the vectors from D1 once, not on every query", async () => {
    const { db, loads } = countingDb();
    const kb = createKnowledgeBase({ db });
    await kb.ingest(doc("returns", "Returns are accepted within 30 days of delivery."));
    await kb.ingest(doc("shipping", "We ship to the EU, the UK and Canada."));
    for (const q of ["return window", "where do you ship", "return window"]) await kb.search(q, { lang: "en" });
    expect(loads.count).toBe(1);
  });

  it("reloads after a write and finds what was written", async () => {
    const { db, loads } = countingDb();
    const kb = createKnowledgeBase({ db });
    await kb.ingest(doc("returns", "Returns are accepted within 30 days of delivery."));
    await kb.search("gift wrapping", { lang: "en" });
    await kb.ingest(doc("gifts", "Gift wrapping costs €2.50 per parcel."));
    expect((await kb.search("gift wrapping", { lang: "en" }))[0]?.documentId).toBe("gifts");
    await kb.remove("gifts");
    expect((await kb.search("gift wrapping", { lang: "en" })).map((h) => h.documentId)).not.toContain("gifts");
    expect(loads.count).toBe(3);
  });

  it("sees a write made by another isolate, which reaches it only through D1 and the version stamp", async () => {
    const { db } = countingDb();
    const kb = createKnowledgeBase({ db });
    await kb.ingest(doc("returns", "Returns are accepted within 30 days of delivery."));
    // Misspelt so that only the vector side can match it: the keyword index is not what is under test. No language,
    // so the search runs once, with no fallback pass that could hide a stale answer.
    const query = "ahandwritten acard amessage";
    expect((await kb.search("return window"))[0]?.documentId).toBe("returns");
    expect(await kb.search(query)).toEqual([]);
    const text = "Add a handwritten card with your message at checkout.";
    const { bytes, scale } = quantize(embedText(`Cards. . ${text}`));
    await db.batch([
      db.prepare(
        "INSERT INTO kb_documents (id, title, lang, content_hash, updated_at) VALUES ('cards', 'Cards', 'en', 'x', 0)",
      ),
      db
        .prepare(
          "INSERT INTO kb_chunks (id, document_id, position, text, lang) VALUES ('cards#0', 'cards', 0, ?, 'en')",
        )
        .bind(text),
      db
        .prepare(
          "INSERT INTO kb_vectors (chunk_id, document_id, lang, vector, scale) VALUES ('cards#0', 'cards', 'en', ?, ?)",
        )
        .bind(bytes, scale),
      db.prepare("UPDATE kb_index_meta SET version = 'written-elsewhere'"),
    ]);
    expect((await kb.search(query))[0]?.chunkId).toBe("cards#0");
  });

  it("refuses to search vectors another embedder made", async () => {
    const { db } = countingDb();
    const kb = createKnowledgeBase({ db });
    await kb.ingest(doc("returns", "Returns are accepted within 30 days of delivery."));
    await db.prepare("UPDATE kb_index_meta SET embedder = '@cf/baai/bge-m3', dimensions = 1024").run();
    const search = kb.search("return window", { lang: "en" });
    await expect(search).rejects.toBeInstanceOf(EmbedderMismatchError);
    await expect(search).rejects.toThrow(/built with @cf\/baai\/bge-m3 \(1024 dimensions\).*shopkeeper-ngram-v1/s);
  });
});
