import { eq } from "drizzle-orm";
import type { DrizzleD1Database } from "drizzle-orm/d1";
import { fulfillments, orders } from "../../db/schema";
import type { OrderLookup } from "./types";

const normalise = {
  orderName: (v: string) => `#${v.trim().replace(/^#/, "")}`,
  email: (v: string) => v.trim().toLowerCase(),
  postalCode: (v: string) => v.replace(/[\s-]/g, "").toUpperCase(),
  tracking: (v: string) => v.replace(/\s/g, "").toUpperCase(),
};

/**
 * The returns portal's lookup (issue 6 §4): an order matches only when every factor given matches it — order
 * number with email or delivery postal code, or tracking number with postal code. Returns the owner's customer id
 * and order id, nothing else; the caller loads the order through that customer's scope.
 */
export async function demoLookupOrder(db: DrizzleD1Database, query: OrderLookup) {
  const byTracking = !query.orderName && query.trackingNumber;
  const [row] = byTracking
    ? await db
        .select({ order: orders })
        .from(fulfillments)
        .innerJoin(orders, eq(orders.id, fulfillments.orderId))
        .where(eq(fulfillments.trackingNumber, normalise.tracking(query.trackingNumber!)))
        .then((rows) => rows.map((r) => r.order))
    : query.orderName
      ? await db
          .select()
          .from(orders)
          .where(eq(orders.name, normalise.orderName(query.orderName)))
      : [];
  if (!row) return null;
  const emailOk = query.email !== undefined && normalise.email(query.email) === row.email.toLowerCase();
  const postalOk =
    query.postalCode !== undefined &&
    normalise.postalCode(query.postalCode) === normalise.postalCode(row.shippingPostalCode);
  const matched = byTracking ? postalOk : emailOk || postalOk;
  return matched ? { customerId: row.customerId, orderId: row.id, orderName: row.name } : null;
}
