import type { Order } from "../../commerce/types";

export type OrderSelection =
  | { order: Order; others: Order[]; selectedBy: "named" | "most_recent_open" | "most_recent" }
  | { error: "order_not_found"; orderName: string; others: Order[] }
  | { error: "no_orders" };

const OPEN = new Set(["unfulfilled", "in_transit", "out_for_delivery"]);

/** "#1003", "1003", "# 1003", "order 1003" → "#1003"; null when there is no order number. */
export function normalizeOrderName(raw: string | undefined | null): string | null {
  const digits = raw?.match(/\d{3,10}/)?.[0];
  return digits ? `#${digits}` : null;
}

/** Order numbers a shopper wrote in a message, in order of appearance. */
export function orderNamesIn(text: string): string[] {
  return [...text.matchAll(/(?:#|\bn[°o]\.?\s*|\b)(\d{4,10})\b/gi)].map((match) => `#${match[1]}`);
}

/**
 * Picks the order a shopper means among *their own* orders (newest first): the one they name, else the most recent
 * open one, else the most recent. An order that is someone else's is simply not in the list, so it is answered
 * exactly like one that does not exist.
 */
export function selectOrder(orders: Order[], requestedName?: string | null): OrderSelection {
  const name = normalizeOrderName(requestedName);
  if (name) {
    const order = orders.find((candidate) => candidate.name === name);
    if (!order) return { error: "order_not_found", orderName: name, others: orders.slice(0, 5) };
    return { order, others: orders.filter((o) => o !== order).slice(0, 5), selectedBy: "named" };
  }
  if (orders.length === 0) return { error: "no_orders" };
  const open = orders.find((order) => OPEN.has(order.status));
  const order = open ?? orders[0]!;
  return {
    order,
    others: orders.filter((o) => o !== order).slice(0, 5),
    selectedBy: open ? "most_recent_open" : "most_recent",
  };
}
