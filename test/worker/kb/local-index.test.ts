import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { embedText } from "../../../kb/embedders/embedded";
import { quantize } from "../../../kb/quantize";
import { call } from "../../helpers/worker-client";

// No language: the search runs once, with no fallback pass that could hide a stale answer.
const search = (q: string) =>
  call(`/admin/api/kb/search?q=${encodeURIComponent(q)}&k=3`, {
    headers: { authorization: `Bearer ${env.ADMIN_TOKEN}` },
  });

const results = async (q: string) =>
  ((await (await search(q)).json()) as { results: { chunkId: string; text: string }[] }).results;

describe("local vector index in workerd", () => {
  it("answers from the in-memory copy and picks up a chunk another isolate wrote to D1", async () => {
    // Typed with a stray first letter: no keyword prefix matches, so only the vectors can find the chunk.
    const query = "ahandwritten acard amessage";
    expect((await results("return window"))[0]?.chunkId).toMatch(/^policy-returns-en/);
    expect(await results(query)).toEqual([]);
    const text = "Add a handwritten card with your message at checkout.";
    const { bytes, scale } = quantize(embedText(`Cards. . ${text}`));
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO kb_documents (id, title, lang, content_hash, updated_at) VALUES ('cards', 'Cards', 'en', 'x', 0)",
      ),
      env.DB.prepare(
        "INSERT INTO kb_chunks (id, document_id, position, text, lang) VALUES ('cards#0', 'cards', 0, ?, 'en')",
      ).bind(text),
      env.DB.prepare(
        "INSERT INTO kb_vectors (chunk_id, document_id, lang, vector, scale) VALUES ('cards#0', 'cards', 'en', ?, ?)",
      ).bind(bytes, scale),
      env.DB.prepare("UPDATE kb_index_meta SET version = 'written-by-another-isolate'"),
    ]);
    expect((await results(query))[0]).toMatchObject({ chunkId: "cards#0", text });
  });

  it("refuses to search with another embedder than the one that built the index", async () => {
    await env.DB.prepare("UPDATE kb_index_meta SET embedder = '@cf/baai/bge-m3', dimensions = 1024").run();
    const res = await search("return window");
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /built with @cf\/baai\/bge-m3 \(1024 dimensions\) but this deployment embeds with shopkeeper-ngram-v1/,
    );
  });
});
