import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../../kb";
import { embedText } from "../../../kb/embedders/embedded";
import { vectorizeIndex } from "../../../kb/indexes/vectorize";
import { keywordSearch } from "../../../kb/search";
import { fakeVectorize } from "../../helpers/fake-vectorize";

const giftWrapping = {
  title: "Gift wrapping",
  markdown: [
    "# Gift wrapping",
    "## Price\nWe wrap any order in recycled paper for €2.50 per parcel.",
    "## Message\nAdd a handwritten card with your message at checkout.",
    "## Availability\nAvailable for every destination we ship to.",
  ].join("\n"),
  lang: "en" as const,
};

function vectorizeKb() {
  const fake = fakeVectorize();
  return { fake, kb: createKnowledgeBase({ db: env.DB, vectorize: fake.index }) };
}

const vectorRows = (documentId: string) =>
  env.DB.prepare("SELECT count(*) AS n FROM kb_vectors WHERE document_id = ?").bind(documentId).first<number>("n");

describe("knowledge base on Vectorize (fake binding)", () => {
  it("writes each chunk's vector to Vectorize with its document and language, and none to D1", async () => {
    const { fake, kb } = vectorizeKb();
    const { id, chunks } = await kb.ingest(giftWrapping);
    expect(chunks).toBe(3);
    expect([...fake.vectors.keys()].sort()).toEqual([`${id}#0`, `${id}#1`, `${id}#2`]);
    expect(fake.vectors.get(`${id}#0`)?.metadata).toEqual({ documentId: id, lang: "en" });
    expect(fake.vectors.get(`${id}#0`)?.values).toHaveLength(512);
    expect(await vectorRows(id)).toBe(0);
  });

  it("finds a passage by similarity alone, asking Vectorize in the shopper's language", async () => {
    const { fake, kb } = vectorizeKb();
    const { id } = await kb.ingest(giftWrapping);
    // Typed with a stray first letter: no keyword prefix matches, but most character n-grams still do.
    const query = "ahandwritten acard amessage";
    expect(await keywordSearch(env.DB, query, "en", 20)).toEqual([]);
    const hits = await kb.search(query, { lang: "en", k: 3 });
    expect(hits[0]).toMatchObject({ chunkId: `${id}#1`, text: expect.stringMatching(/handwritten card/) });
    expect(fake.calls.query[0]).toMatchObject({ topK: 20, filter: { lang: "en" } });
  });

  it("deletes the vectors of chunks a new version no longer has, and all of them with the document", async () => {
    const { fake, kb } = vectorizeKb();
    const { id } = await kb.ingest(giftWrapping);
    await kb.ingest({ ...giftWrapping, id, markdown: "# Gift wrapping\nGift wrapping is now free." });
    expect([...fake.vectors.keys()]).toEqual([`${id}#0`]);
    expect(fake.calls.deleteByIds.flat().sort()).toEqual([`${id}#1`, `${id}#2`]);
    expect(await kb.remove(id)).toBe(true);
    expect(fake.vectors.size).toBe(0);
  });

  it("upserts a large document in batches Vectorize accepts", async () => {
    const { fake, kb } = vectorizeKb();
    const sections = Array.from({ length: 1201 }, (_, i) => `## Size ${i}\nGarment size ${i} fits chest ${80 + i} cm.`);
    const { id, chunks } = await kb.ingest({ title: "Size guide", markdown: sections.join("\n"), lang: "en" });
    expect(chunks).toBe(1201);
    expect(fake.calls.upsert).toEqual([1000, 201]);
    expect(fake.vectors.size).toBe(1201);
    await kb.remove(id);
    expect(fake.calls.deleteByIds.map((ids) => ids.length)).toEqual([1000, 201]);
    expect(fake.vectors.size).toBe(0);
  });

  it("never asks Vectorize for more than its 100-match limit", async () => {
    const { fake } = vectorizeKb();
    await vectorizeIndex(fake.index).query(embedText("returns"), { k: 500 });
    expect(fake.calls.query[0]?.topK).toBe(100);
  });
});
