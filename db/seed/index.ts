import type { BatchItem } from "drizzle-orm/batch";
import { drizzle } from "drizzle-orm/d1";
import {
  customers,
  discounts,
  fulfillments,
  loyaltyAccounts,
  orderItems,
  orders,
  products,
  subscriptions,
} from "../schema";
import { demoStore } from "./demo-store";
import { seedKnowledgeBase } from "./knowledge-base";
import { seedDemoReturns } from "./returns";

/**
 * (Re)seeds the demo store in one D1 batch — a single transaction, so a failed seed leaves the previous data intact
 * and running it twice gives the same store with fresh relative dates. One statement per row keeps each under D1's
 * 100-bound-parameter limit.
 */
export async function seedDemoStore(d1: D1Database, now = Date.now()): Promise<void> {
  const db = drizzle(d1);
  const data = demoStore(now);
  const statements: BatchItem<"sqlite">[] = [
    db.delete(loyaltyAccounts),
    db.delete(subscriptions),
    db.delete(discounts),
    db.delete(fulfillments),
    db.delete(orderItems),
    db.delete(orders),
    db.delete(products),
    db.delete(customers),
    ...data.customerRows.map((row) => db.insert(customers).values(row)),
    ...data.products.map((row) => db.insert(products).values(row)),
    ...data.orderRows.map((row) => db.insert(orders).values(row)),
    ...data.itemRows.map((row) => db.insert(orderItems).values(row)),
    ...data.fulfillmentRows.map((row) => db.insert(fulfillments).values(row)),
    ...data.discountRows.map((row) => db.insert(discounts).values(row)),
    ...data.subscriptionRows.map((row) => db.insert(subscriptions).values(row)),
    ...data.loyaltyRows.map((row) => db.insert(loyaltyAccounts).values(row)),
  ];
  await db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  await seedDemoReturns(d1, now);
  await seedKnowledgeBase(d1, now);
}
