import { Hono } from "hono";
import { demoArticles } from "../../db/seed/knowledge-base";
import { createKnowledgeBase } from "../../kb";
import { SYNTHETIC_PREFIX, syntheticDocument, vocabularyOf } from "../../kb/synthetic-corpus";
import type { AppEnv } from "../bindings";
import { ApiError, readJson } from "../http/errors";
import { requireAdmin } from "../http/require-admin";

const SURFACE = "demo";
const CHUNKS_PER_DOCUMENT = 100;
/** Documents written per request: ~2,000 chunks, a few hundred milliseconds, so no request runs long. */
const DOCUMENTS_PER_REQUEST = 20;
const MAX_CHUNKS = 200_000;

let vocabulary: ReturnType<typeof vocabularyOf> | undefined;

/** Chunks of synthetic documents (ids `synthetic-…`), counted over the document index. */
async function syntheticChunks(db: D1Database): Promise<number> {
  const row = await db
    .prepare("SELECT count(*) AS n FROM kb_chunks WHERE document_id >= ?1 AND document_id < ?2")
    .bind(SYNTHETIC_PREFIX, `${SYNTHETIC_PREFIX.slice(0, -1)}.`)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Demo-only (mounted under /demo, admin token required): grows a synthetic help centre towards `chunks` chunks,
 * for the knowledge-base search benchmark in `npm run bench`. Call it until it answers `done: true`. It writes
 * through the normal ingestion path, so the keyword index, the vectors and the index version all change as they
 * would for a merchant's import. Only for the local index with the embedded embedder, which is what it measures.
 */
export const demoSyntheticKb = new Hono<{ Bindings: AppEnv }>().use(requireAdmin).post("/synthetic", async (c) => {
  const body = await readJson<{ chunks?: unknown }>(c, SURFACE);
  const target = Number(body?.chunks);
  if (!Number.isInteger(target) || target < 0 || target > MAX_CHUNKS) {
    throw new ApiError("bad_request", SURFACE, `'chunks' must be an integer from 0 to ${MAX_CHUNKS}.`);
  }
  if (c.env.VECTORIZE || c.env.AI || c.env.OPENAI_API_KEY) {
    throw new ApiError("conflict", SURFACE, "The synthetic corpus is for the local index and embedded embedder only.");
  }
  vocabulary ??= vocabularyOf(demoArticles.map((a) => ({ lang: a.lang, text: a.markdown })));
  const kb = createKnowledgeBase({ db: c.env.DB });
  let chunks = await syntheticChunks(c.env.DB);
  let next = Math.ceil(chunks / CHUNKS_PER_DOCUMENT);
  for (let i = 0; i < DOCUMENTS_PER_REQUEST && chunks < target; i++, next++) {
    const size = Math.min(CHUNKS_PER_DOCUMENT, target - chunks);
    chunks += (await kb.ingest(syntheticDocument(next, vocabulary, size))).chunks;
  }
  return c.json({ chunks, done: chunks >= target });
});
