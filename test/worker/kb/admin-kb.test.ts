import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../../helpers/worker-client";

const admin = (method: string, path: string, body?: unknown, token = env.ADMIN_TOKEN) =>
  call(`/admin/api/kb${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const search = async (q: string, lang = "en") =>
  (
    (await (await admin("GET", `/search?q=${encodeURIComponent(q)}&lang=${lang}&k=3`)).json()) as {
      results: { documentId: string; text: string }[];
    }
  ).results;

describe("knowledge base admin API", () => {
  it("refuses requests without the admin token", async () => {
    expect((await admin("GET", "/documents", undefined, "wrong")).status).toBe(401);
    expect((await call("/admin/api/kb/documents")).status).toBe(401);
  });

  it("ingests a document, finds it, replaces it and deletes it everywhere", async () => {
    const created = await admin("POST", "/documents", {
      title: "Gift wrapping",
      markdown: "# Gift wrapping\n\nWe wrap any order in recycled paper for €2.50 per parcel.",
      lang: "en",
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await search("do you offer gift wrapping?"))[0]).toMatchObject({
      documentId: id,
      text: expect.stringMatching(/€2.50/),
    });

    const replaced = await admin("PUT", `/documents/${id}`, {
      title: "Gift wrapping",
      html: "<nav>Menu</nav><h1>Gift wrapping</h1><p>Gift wrapping is now free on every order.</p><footer>© shop</footer>",
    });
    expect(replaced.status).toBe(200);
    const after = await search("gift wrapping price");
    expect(after[0]?.text).toMatch(/now free/);
    expect(after.map((r) => r.text).join(" ")).not.toMatch(/€2.50|Menu|© shop/);

    expect((await admin("DELETE", `/documents/${id}`)).status).toBe(204);
    expect((await admin("GET", `/documents/${id}`)).status).toBe(404);
    expect((await search("gift wrapping")).some((r) => r.documentId === id)).toBe(false);
    const vectors = await env.DB.prepare("SELECT count(*) AS n FROM kb_vectors WHERE document_id = ?")
      .bind(id)
      .first("n");
    expect(vectors).toBe(0);
  });

  it.each([
    [{ title: "Empty", text: "   " }, 400, /non-empty/],
    [{ text: "No title here" }, 400, /title/],
    [{ title: "Two bodies", text: "a", html: "<p>b</p>" }, 415, /exactly one/],
    [{ title: "PDF", pdf: "JVBERi0x" }, 415, /exactly one/],
    [{ title: "Lang", text: "hello", lang: "xx" }, 400, /lang/],
  ])("rejects bad input %# with a clear message and writes nothing", async (body, status, message) => {
    const before = ((await (await admin("GET", "/documents")).json()) as { documents: unknown[] }).documents.length;
    const res = await admin("POST", "/documents", body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    expect(((await (await admin("GET", "/documents")).json()) as { documents: unknown[] }).documents).toHaveLength(
      before,
    );
  });

  it("rejects a document above 5 MB", async () => {
    const res = await admin("POST", "/documents", { title: "Huge", text: "x".repeat(5 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
  });

  it("lists the demo help centre in three languages", async () => {
    const { documents } = (await (await admin("GET", "/documents")).json()) as {
      documents: { id: string; lang: string }[];
    };
    expect(new Set(documents.map((d) => d.lang))).toEqual(new Set(["en", "fr", "pl"]));
    expect(documents.length).toBeGreaterThanOrEqual(24);
  });

  it("reports conflicting policy facts across documents", async () => {
    const before = (await (await admin("GET", "/conflicts")).json()) as { conflicts: unknown[] };
    expect(before.conflicts).toEqual([]);
    await admin("POST", "/documents", {
      title: "Old returns page",
      text: "Returns are accepted within 14 days of delivery.",
      lang: "en",
    });
    const { conflicts } = (await (await admin("GET", "/conflicts")).json()) as {
      conflicts: { fact: string; values: { value: string }[] }[];
    };
    expect(conflicts).toContainEqual(
      expect.objectContaining({
        fact: "return_window_days",
        values: [expect.objectContaining({ value: "14" }), expect.objectContaining({ value: "30" })],
      }),
    );
  });

  it("stops with a clear error when the index was built by another embedder", async () => {
    await env.DB.prepare(
      "UPDATE kb_index_meta SET embedder = 'openai:text-embedding-3-small', dimensions = 1536",
    ).run();
    const res = await admin("POST", "/documents", { title: "Anything", text: "Some text", lang: "en" });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /built with openai.*1536.*shopkeeper-ngram-v1/s,
    );
  });
});
