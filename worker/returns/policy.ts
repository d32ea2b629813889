import type { Money } from "../protocol";

/**
 * A merchant's return policy as data (issue #6 §1, §6): the eligibility engine reads nothing else, so a merchant's
 * own rules replace the demo store's in one place (the `returns.*` settings) without touching code.
 */

export type RefundMethod = "original_payment" | "exchange" | "store_credit";
export const REFUND_METHODS: readonly RefundMethod[] = ["original_payment", "exchange", "store_credit"];

export type ReturnMethodKind = "drop_off" | "home_pickup";
export const RETURN_METHOD_KINDS: readonly ReturnMethodKind[] = ["drop_off", "home_pickup"];

/** What the shopper says is wrong with the item; both make the return free under the demo policy. */
export type ItemCondition = "defective" | "wrong_item";

export type ReturnMethodRule = {
  kind: ReturnMethodKind;
  price: Money;
  /** ISO 3166-1 alpha-2 codes the method is offered in; absent means everywhere returns are accepted. */
  countries?: string[];
};

export type ReturnPolicy = {
  /** Days from delivery (from purchase when there is no delivery date) during which an item can be returned. */
  windowDays: number;
  finalSaleReturnable: boolean;
  giftCardsReturnable: boolean;
  nonReturnableProductIds: string[];
  nonReturnableCategories: string[];
  /** Shipping countries returns are not accepted from. */
  blockedCountries: string[];
  /** Conditions under which the return costs the shopper nothing. */
  freeReturnConditions: ItemCondition[];
  returnMethods: ReturnMethodRule[];
  refundMethods: RefundMethod[];
  /** Business days between receiving a return and the refund (for the expected refund date). */
  refundBusinessDays: number;
};

/** The demo store's policy (DESIGN §11), which is also what a new store starts with. */
export const DEFAULT_RETURN_POLICY: ReturnPolicy = {
  windowDays: 30,
  finalSaleReturnable: false,
  giftCardsReturnable: false,
  nonReturnableProductIds: [],
  nonReturnableCategories: [],
  blockedCountries: ["NO", "CH"],
  freeReturnConditions: ["defective", "wrong_item"],
  returnMethods: [
    { kind: "drop_off", price: { amount: 3.95, currency: "EUR" } },
    { kind: "home_pickup", price: { amount: 6.95, currency: "EUR" }, countries: ["FR"] },
  ],
  refundMethods: ["original_payment", "exchange", "store_credit"],
  refundBusinessDays: 5,
};
