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
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("skill_events_route_idx").on(t.route, t.createdAt)],
);
