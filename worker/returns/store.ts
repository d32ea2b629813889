import { and, desc, eq, ne } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { type ReturnItemRecord, type ReturnStatus, returns } from "../../db/schema";
import type { Money } from "../protocol";
import type { RefundMethod, ReturnMethodKind } from "./policy";
import { newRmaNumber } from "./rma";

/** A return as skills and the portal see it; money in the store's currency units, times in epoch ms. */
export type ReturnRecord = {
  id: string;
  rmaNumber: string;
  orderId: string;
  orderName: string;
  customerId: string;
  items: ReturnItemRecord[];
  refundMethod: RefundMethod;
  returnMethod: ReturnMethodKind;
  returnPrice: Money;
  status: ReturnStatus;
  createdAt: number;
  updatedAt: number;
  expectedRefundAt?: number;
};

type Row = typeof returns.$inferSelect;

export function toRecord(row: Row): ReturnRecord {
  return {
    id: row.id,
    rmaNumber: row.rmaNumber,
    orderId: row.orderId,
    orderName: row.orderName,
    customerId: row.customerId,
    items: row.items,
    refundMethod: row.refundMethod,
    returnMethod: row.returnMethod,
    returnPrice: { amount: row.returnPrice / 100, currency: row.currency },
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    expectedRefundAt: row.expectedRefundAt ?? undefined,
  };
}

/** The customer's returns, newest first. Scoped to the customer id from the verified auth context. */
export async function listReturns(d1: D1Database, customerId: string): Promise<ReturnRecord[]> {
  const rows = await drizzle(d1)
    .select()
    .from(returns)
    .where(eq(returns.customerId, customerId))
    .orderBy(desc(returns.createdAt))
    .limit(50);
  return rows.map(toRecord);
}

/** One return of one customer by its RMA number (what the shopper quotes), or null. */
export async function findCustomerReturn(d1: D1Database, customerId: string, rmaNumber: string) {
  const [row] = await drizzle(d1)
    .select()
    .from(returns)
    .where(and(eq(returns.customerId, customerId), eq(returns.rmaNumber, rmaNumber)));
  return row ? toRecord(row) : null;
}

/**
 * Units of each order line already in a return, by line id — what the eligibility engine subtracts. A rejected
 * return gave nothing back, so it does not count.
 */
export async function returnedQuantities(d1: D1Database, orderId: string): Promise<Record<string, number>> {
  const rows = await drizzle(d1)
    .select({ items: returns.items })
    .from(returns)
    .where(and(eq(returns.orderId, orderId), ne(returns.status, "rejected")));
  const returned: Record<string, number> = {};
  for (const row of rows) {
    for (const item of row.items) returned[item.itemId] = (returned[item.itemId] ?? 0) + item.quantity;
  }
  return returned;
}

export type NewReturn = Omit<ReturnRecord, "id" | "rmaNumber" | "status" | "createdAt" | "updatedAt"> & {
  status?: ReturnStatus;
};

/** Stores a return the shopper confirmed (built-in portal) and gives it its RMA number. */
export async function createReturn(d1: D1Database, input: NewReturn, now = Date.now()): Promise<ReturnRecord> {
  const row: Row = {
    id: `ret_${crypto.randomUUID()}`,
    rmaNumber: newRmaNumber(),
    orderId: input.orderId,
    orderName: input.orderName,
    customerId: input.customerId,
    items: input.items,
    refundMethod: input.refundMethod,
    returnMethod: input.returnMethod,
    returnPrice: Math.round(input.returnPrice.amount * 100),
    currency: input.returnPrice.currency,
    status: input.status ?? "requested",
    createdAt: now,
    updatedAt: now,
    expectedRefundAt: input.expectedRefundAt ?? null,
  };
  await drizzle(d1).insert(returns).values(row);
  return toRecord(row);
}
