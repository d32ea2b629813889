import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { customers, type ReturnStatus, returnChecks, returns } from "../../db/schema";
import { rate } from "../analytics/rate";

export type ReturnFilters = { status?: ReturnStatus; from?: number; to?: number; orderName?: string };

/** Returns for the merchant, newest first, by status, creation period and order. */
export async function queryReturns(d1: D1Database, filters: ReturnFilters, limit = 500) {
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(returns.status, filters.status));
  if (filters.from !== undefined) conditions.push(gte(returns.createdAt, filters.from));
  if (filters.to !== undefined) conditions.push(lte(returns.createdAt, filters.to));
  if (filters.orderName) conditions.push(eq(returns.orderName, filters.orderName));
  return drizzle(d1)
    .select()
    .from(returns)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(returns.createdAt))
    .limit(limit);
}

export async function findReturn(d1: D1Database, id: string) {
  const [row] = await drizzle(d1).select().from(returns).where(eq(returns.id, id));
  return row ?? null;
}

/** Where and in which language to tell the shopper about their return. */
export async function customerContact(d1: D1Database, customerId: string) {
  const [row] = await drizzle(d1)
    .select({ email: customers.email, locale: customers.locale })
    .from(customers)
    .where(eq(customers.id, customerId));
  return row ?? null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Return rate, top reasons, most-returned products and refund methods over the last `days` days. */
export async function returnAnalytics(d1: D1Database, days: number, now = Date.now()) {
  const since = now - days * DAY_MS;
  const [placed, returned, reasons, products, methods] = await d1.batch([
    d1.prepare("SELECT count(*) AS n FROM orders WHERE placed_at >= ?").bind(since),
    d1
      .prepare("SELECT count(DISTINCT order_id) AS n FROM returns WHERE created_at >= ? AND status != 'rejected'")
      .bind(since),
    d1
      .prepare(
        `SELECT json_extract(item.value, '$.reason') AS reason, sum(json_extract(item.value, '$.quantity')) AS units
         FROM returns, json_each(returns.items) AS item WHERE returns.created_at >= ?
         GROUP BY reason ORDER BY units DESC, reason LIMIT 10`,
      )
      .bind(since),
    d1
      .prepare(
        `SELECT json_extract(item.value, '$.title') AS title, sum(json_extract(item.value, '$.quantity')) AS units
         FROM returns, json_each(returns.items) AS item WHERE returns.created_at >= ?
         GROUP BY title ORDER BY units DESC, title LIMIT 10`,
      )
      .bind(since),
    d1
      .prepare(
        "SELECT refund_method AS method, count(*) AS n FROM returns WHERE created_at >= ? GROUP BY method ORDER BY n DESC",
      )
      .bind(since),
  ]);
  const count = (result: D1Result) => Number((result.results[0] as { n: number } | undefined)?.n ?? 0);
  const ordersPlaced = count(placed!);
  const ordersReturned = count(returned!);
  return {
    days,
    ordersPlaced,
    ordersReturned,
    returnRate: rate(ordersReturned, ordersPlaced),
    topReasons: reasons!.results as { reason: string; units: number }[],
    mostReturned: products!.results as { title: string; units: number }[],
    refundMethods: Object.fromEntries(
      (methods!.results as { method: string; n: number }[]).map((row) => [row.method, row.n]),
    ),
  };
}

/**
 * The eligibility verdicts the agent gave, newest first, with their full trace: what the shopper was told and
 * exactly why (each rule, its outcome and the facts it used). Filter by order name or conversation.
 */
export async function queryChecks(
  d1: D1Database,
  filters: { orderName?: string; conversationId?: string },
  limit = 100,
) {
  const conditions: SQL[] = [];
  if (filters.orderName) conditions.push(eq(returnChecks.orderName, filters.orderName));
  if (filters.conversationId) conditions.push(eq(returnChecks.conversationId, filters.conversationId));
  return drizzle(d1)
    .select()
    .from(returnChecks)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(returnChecks.createdAt), desc(returnChecks.id))
    .limit(limit);
}
