import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Returns made through the built-in portal (DESIGN §10, issue #6). Money is integer cents; times are epoch ms.
// Order and customer ids are the commerce backend's, not foreign keys: with Shopify the orders are not in D1.

/** One returned order line, as the shopper chose it in the portal. */
export type ReturnItemRecord = {
  itemId: string;
  title: string;
  quantity: number;
  reason: string;
  /** The size/colour wanted instead, for an exchange. */
  exchangeFor?: string;
};

export const RETURN_STATUSES = ["requested", "approved", "received", "refunded", "rejected"] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const returns = sqliteTable(
  "returns",
  {
    id: text("id").primaryKey(),
    /** What the shopper and the warehouse quote, e.g. `RMA-7K3QX9`. */
    rmaNumber: text("rma_number").notNull().unique(),
    orderId: text("order_id").notNull(),
    orderName: text("order_name").notNull(),
    customerId: text("customer_id").notNull(),
    items: text("items", { mode: "json" }).$type<ReturnItemRecord[]>().notNull(),
    refundMethod: text("refund_method", { enum: ["original_payment", "exchange", "store_credit"] }).notNull(),
    returnMethod: text("return_method", { enum: ["drop_off", "home_pickup"] }).notNull(),
    /** What the shopper pays for the return shipping; 0 when free (defective or wrong item). */
    returnPrice: integer("return_price").notNull(),
    currency: text("currency").notNull(),
    status: text("status", { enum: RETURN_STATUSES }).notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    /** Set once the return is received: when the refund should reach the shopper. */
    expectedRefundAt: integer("expected_refund_at"),
  },
  (t) => [index("returns_customer_idx").on(t.customerId, t.createdAt), index("returns_order_idx").on(t.orderId)],
);

/**
 * Every eligibility verdict the agent gave, with its full trace: the merchant sees why, and a shopper who disputes
 * the verdict on a later turn is handed to a person with exactly the verdict they were shown.
 */
export const returnChecks = sqliteTable(
  "return_checks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    conversationId: text("conversation_id").notNull(),
    customerId: text("customer_id").notNull(),
    orderId: text("order_id").notNull(),
    orderName: text("order_name").notNull(),
    eligible: integer("eligible", { mode: "boolean" }).notNull(),
    reason: text("reason").notNull(),
    verdict: text("verdict", { mode: "json" }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("return_checks_conversation_idx").on(t.conversationId, t.createdAt)],
);
