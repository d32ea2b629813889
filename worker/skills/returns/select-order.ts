import { fold } from "../../agent/router/text";
import type { Order } from "../../commerce/types";
import { normalizeOrderName } from "../order-tracking/select-order";

export type ReturnOrderSelection =
  | { order: Order; selectedBy: "named" | "item" | "previous" | "most_recent_delivered" | "most_recent" }
  | { error: "order_not_found"; orderName: string; others: string[] }
  | { error: "no_orders" };

const words = (text: string) =>
  new Set(
    fold(text)
      .match(/\p{L}{4,}/gu)
      ?.map((w) => w.replace(/s$/, "")) ?? [],
  );

/** The newest order with an item the shopper names ("my shirt" → the order with the Linen Shirt). */
function orderWithItem(orders: Order[], text: string): Order | undefined {
  const wanted = words(text);
  if (wanted.size === 0) return undefined;
  return orders.find((order) => order.items.some((item) => [...words(item.title)].some((w) => wanted.has(w))));
}

/**
 * Picks the order a return question is about, among the shopper's *own* orders (newest first): the one they name;
 * else the newest with an item they mention; else the one from the verdict they were shown earlier in this
 * conversation (`previousOrderId`, for "but it arrived damaged"); else the most recent delivered one, which is
 * what people usually want to send back.
 * Another shopper's order is simply not in the list, so it gets exactly the answer of an order that does not exist.
 */
export function selectReturnOrder(
  orders: Order[],
  request: { orderName?: string | null; text: string; previousOrderId?: string },
): ReturnOrderSelection {
  const name = normalizeOrderName(request.orderName);
  if (name) {
    const order = orders.find((candidate) => candidate.name === name);
    if (!order) return { error: "order_not_found", orderName: name, others: orders.slice(0, 5).map((o) => o.name) };
    return { order, selectedBy: "named" };
  }
  if (orders.length === 0) return { error: "no_orders" };
  const withItem = orderWithItem(orders, request.text);
  if (withItem) return { order: withItem, selectedBy: "item" };
  const previous = orders.find((order) => order.id === request.previousOrderId);
  if (previous) return { order: previous, selectedBy: "previous" };
  const delivered = orders.find((order) => order.status === "delivered");
  return delivered
    ? { order: delivered, selectedBy: "most_recent_delivered" }
    : { order: orders[0]!, selectedBy: "most_recent" };
}
