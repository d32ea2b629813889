import type { Order } from "../../commerce/types";

/**
 * The modification policy (DESIGN §11): an order can be changed or cancelled within 2 hours of being placed and
 * before it ships. Pure, so the same rule decides the proposal and — at the moment of writing — its re-check.
 */
export const MODIFICATION_WINDOW_MS = 2 * 60 * 60 * 1000;

/** Quantities a shopper may set on a line; to remove everything they cancel the order. */
export const QUANTITY_RANGE = { min: 1, max: 10 } as const;

export type RefusalReason = "cancelled" | "shipped" | "delivered" | "window_passed";

export type ModificationVerdict = { allowed: true; until: number } | { allowed: false; reason: RefusalReason };

export function modificationDeadline(order: Pick<Order, "placedAt">): number {
  return order.placedAt + MODIFICATION_WINDOW_MS;
}

export function modificationVerdict(order: Pick<Order, "status" | "placedAt">, now: number): ModificationVerdict {
  if (order.status === "cancelled") return { allowed: false, reason: "cancelled" };
  if (order.status === "delivered") return { allowed: false, reason: "delivered" };
  if (order.status !== "unfulfilled") return { allowed: false, reason: "shipped" };
  const until = modificationDeadline(order);
  return now <= until ? { allowed: true, until } : { allowed: false, reason: "window_passed" };
}

export function quantityAllowed(quantity: number): boolean {
  return Number.isInteger(quantity) && quantity >= QUANTITY_RANGE.min && quantity <= QUANTITY_RANGE.max;
}
