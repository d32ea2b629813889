import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Merchant settings: one validated JSON value per key (see worker/settings). */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/** Index row per conversation for the console and analytics; the truth lives in the conversation's Durable Object. */
export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    channel: text("channel").notNull(),
    customerId: text("customer_id"),
    locale: text("locale").notNull(),
    status: text("status").notNull(),
    lastSkill: text("last_skill"),
    messageCount: integer("message_count").notNull().default(0),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("conversations_updated_idx").on(t.updatedAt)],
);

/** One row per agent turn: which route handled it, how sure the router was, how it ended, how long it took. */
export const skillEvents = sqliteTable(
  "skill_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    conversationId: text("conversation_id").notNull(),
    messageId: text("message_id").notNull(),
    route: text("route").notNull(),
    confidence: real("confidence").notNull(),
    outcome: text("outcome").notNull(),
    language: text("language").notNull(),
    latencyMs: integer("latency_ms").notNull(),
    /** The shopper's message, shortened, so the merchant sees what people actually ask each skill. */
    question: text("question"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    index("skill_events_route_idx").on(t.route, t.createdAt),
    // "Did the conversation go on after this turn?" — the abandoned-turn analytics look this up per turn.
    index("skill_events_conversation_idx").on(t.conversationId, t.id),
  ],
);

/**
 * A conversation handed to a person (DESIGN §3.8): the packet they need, and whether it reached the merchant's
 * destination. Undelivered packets are retried by the conversation's alarm.
 */
export const handoffs = sqliteTable(
  "handoffs",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id").notNull(),
    reason: text("reason").notNull(),
    language: text("language").notNull(),
    summary: text("summary").notNull(),
    packet: text("packet", { mode: "json" }).notNull(),
    delivery: text("delivery", { enum: ["pending", "delivered", "failed", "none"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    deliveredAt: integer("delivered_at"),
  },
  (t) => [index("handoffs_conversation_idx").on(t.conversationId, t.createdAt)],
);

/** "Request a skill": what merchants asked for that Shopkeeper does not do yet. */
export const skillRequests = sqliteTable("skill_requests", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  description: text("description").notNull(),
  createdAt: integer("created_at").notNull(),
});

/**
 * Emails "sent" in local development and the demo: the developer reads them at /dev/outbox instead of a real
 * inbox. Production sends through the configured provider and stores nothing here.
 */
export const emailOutbox = sqliteTable("email_outbox", {
  id: text("id").primaryKey(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  html: text("html").notNull(),
  createdAt: integer("created_at").notNull(),
});
