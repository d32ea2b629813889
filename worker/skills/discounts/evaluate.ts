import type { Discount } from "../../commerce/types";
import type { Money } from "../../protocol";

/**
 * Whether a code works for this shopper right now, and if not, the one reason to tell them. Pure, so every rule is
 * unit-tested without a store.
 */
export type DiscountVerdict =
  | { valid: true }
  /** Unknown code — and, deliberately the same, another customer's personal code (no existence oracle). */
  | { valid: false; reason: "not_found" }
  | { valid: false; reason: "not_started"; startsAt: number }
  | { valid: false; reason: "expired"; expiredAt: number }
  | { valid: false; reason: "first_order_only" }
  | { valid: false; reason: "min_subtotal"; minSubtotal: Money; subtotal: Money };

export type DiscountShopper = {
  /** Null when anonymous. */
  customerId: string | null;
  /** Orders that count against "first order only" (cancelled ones do not); unknown when anonymous. */
  previousOrders?: number;
  /** The basket subtotal when the shopper told us; unknown otherwise. */
  subtotal?: Money;
};

/** A personal code exists only for its owner; everyone else must not learn anything about it. */
export function visibleTo(discount: Discount, customerId: string | null): boolean {
  return discount.customerId === undefined || discount.customerId === customerId;
}

export function evaluateDiscount(discount: Discount | null, shopper: DiscountShopper, now: number): DiscountVerdict {
  if (!discount || !visibleTo(discount, shopper.customerId)) return { valid: false, reason: "not_found" };
  if (discount.startsAt > now) return { valid: false, reason: "not_started", startsAt: discount.startsAt };
  if (discount.expiresAt !== undefined && discount.expiresAt <= now) {
    return { valid: false, reason: "expired", expiredAt: discount.expiresAt };
  }
  // Only a fact we know can invalidate a code: an anonymous shopper may well be placing a first order.
  if (discount.firstOrderOnly && (shopper.previousOrders ?? 0) > 0) return { valid: false, reason: "first_order_only" };
  const min = discount.minSubtotal;
  const subtotal = shopper.subtotal;
  if (min && subtotal && subtotal.currency === min.currency && subtotal.amount < min.amount) {
    return { valid: false, reason: "min_subtotal", minSubtotal: min, subtotal };
  }
  return { valid: true };
}

/** Codes worth listing: started and not expired. Whether they apply to this shopper is the verdict's job. */
export function isRunning(discount: Discount, now: number): boolean {
  return discount.startsAt <= now && (discount.expiresAt === undefined || discount.expiresAt > now);
}
