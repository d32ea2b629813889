import { inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { addBusinessDays } from "../../worker/returns/business-days";
import { returns, settings } from "../schema";

// The demo store's returns setup (DESIGN §11, issue #6). The built-in portal needs a return address to be live, so
// the demo store has one; and Alice already sent one of her two striped tees from #1002 back before its window
// closed, so a refund-status question has a real answer. Dates are relative to `now`, like the rest of the seed.

const DAY = 24 * 60 * 60 * 1000;

export const DEMO_RETURN_ADDRESS = {
  name: "Maison Lumen — Returns",
  address1: "8 rue des Entrepôts",
  postalCode: "93200",
  city: "Saint-Denis",
  country: "FR",
};

export const DEMO_RETURN_RMA = "RMA-7K3QX9PA";

export function demoReturns(now: number) {
  const ago = (days: number) => Math.round(now - days * DAY);
  const receivedAt = ago(2);
  const row: typeof returns.$inferInsert = {
    id: "ret_demo_1002",
    rmaNumber: DEMO_RETURN_RMA,
    orderId: "ord_1002",
    orderName: "#1002",
    customerId: "cust_alice",
    items: [{ itemId: "ord_1002_2", title: "Breton Striped Tee", quantity: 1, reason: "too_small" }],
    refundMethod: "original_payment",
    returnMethod: "drop_off",
    returnPrice: 395,
    currency: "EUR",
    status: "received",
    createdAt: ago(40),
    updatedAt: receivedAt,
    expectedRefundAt: addBusinessDays(receivedAt, 5),
  };
  return { rows: [row] };
}

/** Seeds the return address (kept if the merchant already changed it) and replaces the demo returns. */
export async function seedDemoReturns(d1: D1Database, now: number): Promise<void> {
  const db = drizzle(d1);
  const { rows } = demoReturns(now);
  await db.batch([
    db
      .insert(settings)
      .values({ key: "returns.address", value: DEMO_RETURN_ADDRESS, updatedAt: now })
      .onConflictDoNothing(),
    db.delete(returns).where(
      inArray(
        returns.id,
        rows.map((row) => row.id),
      ),
    ),
    ...rows.map((row) => db.insert(returns).values(row)),
  ]);
}
