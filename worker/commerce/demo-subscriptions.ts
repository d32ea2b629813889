import { and, eq, ne } from "drizzle-orm";
import type { DrizzleD1Database } from "drizzle-orm/d1";
import { products, subscriptions } from "../../db/schema";
import type { CommerceBackend, Frequency, Subscription, SubscriptionChange } from "./types";

type SubscriptionRow = typeof subscriptions.$inferSelect;

function frequencyOf(row: SubscriptionRow): Frequency {
  return row.frequencyWeeks
    ? { unit: "week", count: row.frequencyWeeks }
    : { unit: "month", count: row.frequencyMonths ?? 1 };
}

function toColumns(change: SubscriptionChange): Partial<typeof subscriptions.$inferInsert> {
  const columns: Partial<typeof subscriptions.$inferInsert> = {};
  if (change.status) columns.status = change.status;
  if (change.frequency) {
    columns.frequencyWeeks = change.frequency.unit === "week" ? change.frequency.count : null;
    columns.frequencyMonths = change.frequency.unit === "month" ? change.frequency.count : null;
  }
  if (change.nextChargeAt !== undefined) columns.nextChargeAt = change.nextChargeAt;
  if (change.pausedUntil !== undefined) columns.pausedUntil = change.pausedUntil;
  return columns;
}

/** Subscriptions of the demo store. Reads and writes are scoped to the customer; a cancelled one stays cancelled. */
export function demoSubscriptions(
  db: DrizzleD1Database,
): Pick<CommerceBackend, "listSubscriptions" | "updateSubscription"> {
  return {
    async listSubscriptions(customerId) {
      const rows = await db
        .select({ subscription: subscriptions, title: products.title })
        .from(subscriptions)
        .leftJoin(products, eq(products.id, subscriptions.productId))
        .where(eq(subscriptions.customerId, customerId))
        .orderBy(subscriptions.id);
      return rows.map(
        ({ subscription: row, title }): Subscription => ({
          id: row.id,
          customerId: row.customerId,
          product: { id: row.productId, title: title ?? row.productId },
          frequency: frequencyOf(row),
          status: row.status,
          nextChargeAt: row.nextChargeAt ?? undefined,
          pausedUntil: row.pausedUntil ?? undefined,
        }),
      );
    },

    async updateSubscription(customerId, subscriptionId, change) {
      const columns = toColumns(change);
      if (Object.keys(columns).length === 0) return { ok: false, error: "invalid" };
      const mine = and(eq(subscriptions.id, subscriptionId), eq(subscriptions.customerId, customerId));
      const result = await db
        .update(subscriptions)
        .set(columns)
        .where(and(mine, ne(subscriptions.status, "cancelled")))
        .run();
      if (result.meta.changes === 1) return { ok: true };
      const [row] = await db.select({ id: subscriptions.id }).from(subscriptions).where(mine);
      return { ok: false, error: row ? "not_allowed" : "not_found" };
    },
  };
}
