import type { OrderStatus } from "../commerce/types";
import type { Money } from "../protocol";
import type { ItemCondition, RefundMethod, ReturnMethodKind, ReturnPolicy } from "./policy";

/** The facts about one order the eligibility engine needs — nothing about the shopper. Times are epoch ms. */
export type OrderFacts = {
  name: string;
  status: OrderStatus;
  placedAt: number;
  deliveredAt?: number;
  /** ISO 3166-1 alpha-2 code of the shipping address, where a return would come from. */
  shippingCountry: string;
  items: ItemFacts[];
};

export type ItemFacts = {
  /** The order line's id: quantities already returned are counted per line. */
  id: string;
  title: string;
  quantity: number;
  productId?: string;
  category?: string;
  finalSale: boolean;
  giftCard: boolean;
};

export type EligibilityInput = {
  order: OrderFacts;
  policy: ReturnPolicy;
  now: number;
  /** Units of each order line already in a return (by line id); rejected returns are not counted. */
  returned?: Readonly<Record<string, number>>;
  /** What the shopper says is wrong with the items, if anything. */
  condition?: ItemCondition;
};

/** Why a whole order can or cannot be returned; the first failing rule wins. */
export type OrderReason =
  | "eligible"
  | "partially_eligible"
  | "nothing_returnable"
  | "cancelled"
  | "not_shipped"
  | "not_delivered"
  | "blocked_country"
  | "window_expired";

/** Rules about the order itself: when one fails, no item of the order can be returned. */
export type OrderGate = Extract<
  OrderReason,
  "cancelled" | "not_shipped" | "not_delivered" | "blocked_country" | "window_expired"
>;

/** Why one line can or cannot be returned: its own rule first (permanent), else the order's gate. */
export type ItemReason =
  | "returnable"
  | "final_sale"
  | "gift_card"
  | "excluded_product"
  | "excluded_category"
  | "already_returned"
  | OrderGate;

export type ItemVerdict = {
  itemId: string;
  title: string;
  quantity: number;
  /** Units that can still be returned (the quantity minus units already returned; 0 when not eligible). */
  returnableQuantity: number;
  eligible: boolean;
  reason: ItemReason;
};

/** What the shopper can still do, in the order it is worth suggesting. */
export type Alternative = "cancel_order" | "wait_for_delivery" | "exchange" | "store_credit" | "contact_person";

export type OfferedReturnMethod = { kind: ReturnMethodKind; price: Money; free: boolean };

/** One rule the engine checked, for the merchant: which, with what outcome, and the facts it used. */
export type TraceStep = {
  rule: string;
  outcome: "pass" | "fail" | "info";
  detail: string;
  itemId?: string;
};

export type EligibilityVerdict = {
  orderName: string;
  eligible: boolean;
  reason: OrderReason;
  /** End of the return window (epoch ms): the last moment to start a return, or when the window ended. */
  deadline?: number;
  /** What the window counts from: delivery, or purchase when the order has no delivery date. */
  windowStart?: { from: "delivery" | "purchase"; at: number };
  items: ItemVerdict[];
  /** Offered only when something can be returned. */
  returnMethods: OfferedReturnMethod[];
  refundMethods: RefundMethod[];
  alternatives: Alternative[];
  condition?: ItemCondition;
  trace: TraceStep[];
};
