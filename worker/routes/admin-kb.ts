import { type Context, Hono } from "hono";
import { createKnowledgeBase, type KbDocumentInput } from "../../kb";
import { EmbedderError } from "../../kb/embedders";
import { EmbedderMismatchError } from "../../kb/index-meta";
import type { AppEnv } from "../bindings";
import { ApiError, readJson } from "../http/errors";
import { requireAdmin } from "../http/require-admin";
import { normalizeLocale } from "../i18n/locale";
import { LANGUAGES, type Language } from "../protocol";
import { returnsSettings } from "../returns/settings";

const MAX_BYTES = 5 * 1024 * 1024;
const SURFACE = "knowledge_base";

const kbFor = (env: AppEnv) =>
  createKnowledgeBase({
    db: env.DB,
    vectorize: env.VECTORIZE,
    ai: env.AI,
    openaiApiKey: env.OPENAI_API_KEY || undefined,
  });

/** Validates a document body: exactly one of text / markdown / html, non-empty, at most 5 MB; lang if given known. */
async function documentInput(c: Context<{ Bindings: AppEnv }>) {
  if (Number(c.req.header("content-length") ?? 0) > MAX_BYTES) {
    throw new ApiError("payload_too_large", SURFACE, "Documents are limited to 5 MB.");
  }
  const body = await readJson<Record<string, unknown>>(c, SURFACE);
  if (typeof body !== "object" || body === null)
    throw new ApiError("bad_request", SURFACE, "The body must be a JSON object.");
  const kinds = (["text", "markdown", "html"] as const).filter((k) => body[k] !== undefined);
  if (kinds.length !== 1) {
    throw new ApiError("unsupported_media_type", SURFACE, "Send exactly one of 'text', 'markdown' or 'html'.");
  }
  const kind = kinds[0]!;
  const content = body[kind];
  if (typeof content !== "string" || !content.trim())
    throw new ApiError("bad_request", SURFACE, `'${kind}' must be non-empty text.`);
  if (new TextEncoder().encode(content).length > MAX_BYTES)
    throw new ApiError("payload_too_large", SURFACE, "Documents are limited to 5 MB.");
  if (typeof body.title !== "string" || !body.title.trim())
    throw new ApiError("bad_request", SURFACE, "'title' is required.");
  if (body.lang !== undefined && !(LANGUAGES as readonly unknown[]).includes(body.lang)) {
    throw new ApiError("bad_request", SURFACE, `'lang' must be one of ${LANGUAGES.join(", ")}.`);
  }
  if (body.source !== undefined && typeof body.source !== "string")
    throw new ApiError("bad_request", SURFACE, "'source' must be a string.");
  return {
    title: body.title.trim(),
    [kind]: content,
    lang: body.lang as Language | undefined,
    source: body.source as string | undefined,
  } as KbDocumentInput;
}

/** Embedder trouble is the merchant's to fix (configuration) or to retry (provider down): say which, clearly. */
async function withEmbedderErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EmbedderMismatchError) throw new ApiError("conflict", SURFACE, error.message);
    if (error instanceof EmbedderError) throw new ApiError("unavailable", SURFACE, error.message);
    throw error;
  }
}

const ingest = (env: AppEnv, input: KbDocumentInput) => withEmbedderErrors(() => kbFor(env).ingest(input));

/** Merchant knowledge-base API (DESIGN §9), mounted at /admin/api/kb behind the admin token. */
export const adminKb = new Hono<{ Bindings: AppEnv }>()
  .use(requireAdmin)
  .post("/documents", async (c) => c.json(await ingest(c.env, await documentInput(c)), 201))
  .get("/documents", async (c) => c.json({ documents: await kbFor(c.env).list() }))
  .get("/documents/:id", async (c) => {
    const document = await kbFor(c.env).get(c.req.param("id"));
    if (!document) throw new ApiError("not_found", SURFACE, "No such document.");
    return c.json(document);
  })
  .put("/documents/:id", async (c) => {
    const id = c.req.param("id");
    if (!(await kbFor(c.env).get(id))) throw new ApiError("not_found", SURFACE, "No such document.");
    return c.json(await ingest(c.env, { ...(await documentInput(c)), id }));
  })
  .delete("/documents/:id", async (c) => {
    if (!(await kbFor(c.env).remove(c.req.param("id")))) throw new ApiError("not_found", SURFACE, "No such document.");
    return c.body(null, 204);
  })
  .get("/search", async (c) => {
    const q = c.req.query("q")?.trim();
    if (!q) throw new ApiError("bad_request", SURFACE, "'q' is required.");
    const k = Math.min(Math.max(Number(c.req.query("k") ?? 5) || 5, 1), 50);
    const lang = c.req.query("lang") ? normalizeLocale(c.req.query("lang")) : undefined;
    const hits = await withEmbedderErrors(() => kbFor(c.env).search(q, { lang, k }));
    return c.json({
      results: hits.map(({ chunkId, documentId, title, text, score, lang }) => ({
        chunkId,
        documentId,
        title,
        text,
        score,
        lang,
      })),
    });
  })
  .get("/conflicts", async (c) => {
    // Content is also checked against what the store applies, so a stale article is caught before shoppers see it.
    const { policy } = await returnsSettings(c.env.DB);
    const configured = { return_window_days: { value: String(policy.windowDays), setting: "returns.window_days" } };
    return c.json({ conflicts: await kbFor(c.env).conflicts(configured) });
  });
