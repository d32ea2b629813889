import { Hono } from "hono";
import { issueConversationToken, newConversationId } from "../auth/conversation-token";
import { verifyIdentityToken } from "../auth/identity";
import type { AppEnv } from "../bindings";
import { authorizedConversation, conversationStub } from "../http/conversation-auth";
import { ApiError, readJson } from "../http/errors";
import { limitByIp } from "../http/rate-limit";
import { normalizeLocale } from "../i18n/locale";
import type { ConversationSnapshot, CreateConversationRequest, CreateConversationResponse } from "../protocol";

const MAX_PAGE_URL = 2048;

function optionalString(value: unknown, field: string, surface: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new ApiError("bad_request", surface, `'${field}' must be a string.`);
  return value;
}

/** Web chat conversations (DESIGN §5): create, restore, sign in. */
export const conversationRoutes = new Hono<{ Bindings: AppEnv }>()
  .post("/", async (c) => {
    await limitByIp(c.env, c.req.raw, "conversation");
    const body = await readJson<CreateConversationRequest>(c, "conversation");
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new ApiError("bad_request", "conversation", "The body must be a JSON object.");
    }
    const identityToken = optionalString(body.identityToken, "identityToken", "conversation");
    const pageUrl = optionalString(body.pageUrl, "pageUrl", "conversation");
    if (pageUrl && pageUrl.length > MAX_PAGE_URL) {
      throw new ApiError("bad_request", "conversation", `'pageUrl' must be at most ${MAX_PAGE_URL} characters.`);
    }
    const locale = normalizeLocale(optionalString(body.locale, "locale", "conversation"), c.env.DEFAULT_LOCALE);
    const shopper = await verifyIdentityToken(identityToken, c.env.IDENTITY_SECRET);
    const id = newConversationId();
    const origin = new URL(c.req.url).origin;
    await conversationStub(c.env, id).init({ id, locale, channel: "web", pageUrl, origin, shopper });
    const { token, expiresAt } = await issueConversationToken(id, c.env.LINK_SECRET);
    const created: CreateConversationResponse = { conversationId: id, token, expiresAt };
    return c.json(created, 201);
  })
  .get("/:id", async (c) => {
    const id = await authorizedConversation(c, "conversation", c.req.param("id"));
    // RPC wraps the result in deeply nested serialisation types; the object itself is a plain snapshot.
    const stub = conversationStub(c.env, id) as unknown as { snapshot(): Promise<ConversationSnapshot | null> };
    const snapshot = await stub.snapshot();
    if (!snapshot) throw new ApiError("not_found", "conversation", "No such conversation.");
    return c.json(snapshot);
  })
  .post("/:id/identity", async (c) => {
    const id = await authorizedConversation(c, "identity", c.req.param("id"));
    const body = await readJson<{ identityToken?: unknown }>(c, "identity");
    const token = optionalString(body?.identityToken, "identityToken", "identity");
    if (!token) throw new ApiError("bad_request", "identity", "'identityToken' is required.");
    const shopper = await verifyIdentityToken(token, c.env.IDENTITY_SECRET);
    if (!shopper) throw new ApiError("unauthorized", "identity", "The identity token is invalid or has expired.");
    if (!(await conversationStub(c.env, id).bindShopper(shopper))) {
      throw new ApiError("not_found", "identity", "No such conversation.");
    }
    return c.json({ authenticated: true, expiresAt: new Date(shopper.expiresAt).toISOString() });
  });
