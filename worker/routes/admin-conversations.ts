import { desc, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { Hono } from "hono";
import { conversations, handoffs } from "../../db/schema";
import type { AppEnv } from "../bindings";
import { conversationStub } from "../http/conversation-auth";
import { ApiError, readJson } from "../http/errors";
import { requireAdmin } from "../http/require-admin";
import type { ConversationSnapshot, ShopkeeperMessage } from "../protocol";

const SURFACE = "conversation";
const MAX_REPLY = 4000;
const STATUSES = ["ai", "pending_human", "human", "resolved"] as const;

// RPC wraps results in nested serialisation types; these are the plain shapes the object returns.
type ConversationRpc = {
  snapshot(): Promise<ConversationSnapshot | null>;
  humanReply(text: string): Promise<ShopkeeperMessage | null>;
  resolve(): Promise<boolean>;
};
const conversation = (env: AppEnv, id: string) => conversationStub(env, id) as unknown as ConversationRpc;

/**
 * The merchant's inbox (DESIGN §3.8): conversations waiting for a person, their handoff packets, and the two
 * transitions a person makes — reply (→ human, the agent goes silent) and resolve (→ resolved, the agent is back).
 */
export const adminConversations = new Hono<{ Bindings: AppEnv }>()
  .use("*", requireAdmin)
  .get("/", async (c) => {
    const status = c.req.query("status");
    if (status && !STATUSES.includes(status as (typeof STATUSES)[number])) {
      throw new ApiError("bad_request", SURFACE, `'status' must be one of ${STATUSES.join(", ")}.`);
    }
    const db = drizzle(c.env.DB);
    const query = db.select().from(conversations);
    const rows = await (status ? query.where(eq(conversations.status, status)) : query)
      .orderBy(desc(conversations.updatedAt))
      .limit(100);
    return c.json({ conversations: rows });
  })
  .get("/:id", async (c) => {
    const id = c.req.param("id");
    const snapshot = await conversation(c.env, id).snapshot();
    if (!snapshot) throw new ApiError("not_found", SURFACE, "No such conversation.");
    const packets = await drizzle(c.env.DB)
      .select()
      .from(handoffs)
      .where(eq(handoffs.conversationId, id))
      .orderBy(desc(handoffs.createdAt));
    return c.json({ ...snapshot, handoffs: packets });
  })
  .post("/:id/reply", async (c) => {
    const body = await readJson<{ text?: unknown }>(c, SURFACE);
    const text = typeof body?.text === "string" ? body.text.trim() : "";
    if (!text) throw new ApiError("bad_request", SURFACE, "'text' is required.");
    if (text.length > MAX_REPLY) {
      throw new ApiError("payload_too_large", SURFACE, `'text' must be at most ${MAX_REPLY} characters.`);
    }
    const message = await conversation(c.env, c.req.param("id")).humanReply(text);
    if (!message) throw new ApiError("not_found", SURFACE, "No such conversation.");
    return c.json({ message, status: "human" }, 201);
  })
  .post("/:id/resolve", async (c) => {
    if (!(await conversation(c.env, c.req.param("id")).resolve())) {
      throw new ApiError("not_found", SURFACE, "No such conversation.");
    }
    return c.json({ status: "resolved" });
  });
