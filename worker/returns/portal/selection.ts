import type { Money } from "../../protocol";
import type { ItemCondition, RefundMethod, ReturnMethodKind, ReturnPolicy } from "../policy";
import type { EligibilityVerdict } from "../verdict";
import type { ExchangeOptions } from "./exchange-options";

/** What the shopper chose on the order page, checked against the verdict: only returnable units, known options. */
export type Selection = {
  items: { itemId: string; title: string; quantity: number; reason: string; exchangeFor?: string }[];
  refund: RefundMethod;
  method: ReturnMethodKind;
  price: Money;
};

export type FormValues = Record<string, string>;

/** Reasons that make the return free when the merchant's policy says so. */
const CONDITION_OF: Record<string, ItemCondition> = { defective: "defective", wrong_item: "wrong_item" };

/** The condition a set of reasons implies: one damaged or wrong item makes the whole parcel free to send. */
export function conditionOf(reasons: string[]): ItemCondition | undefined {
  return reasons.map((r) => CONDITION_OF[r]).find(Boolean);
}

/** Price of a return method for this verdict's order, free when the reasons meet a free-return condition. */
export function methodPrice(
  verdict: EligibilityVerdict,
  policy: ReturnPolicy,
  kind: ReturnMethodKind,
  reasons: string[],
): Money | null {
  const offered = verdict.returnMethods.find((m) => m.kind === kind);
  if (!offered) return null;
  const condition = conditionOf(reasons);
  const free = condition !== undefined && policy.freeReturnConditions.includes(condition);
  return free ? { amount: 0, currency: offered.price.currency } : offered.price;
}

/**
 * Reads `qty_<itemId>` / `reason_<itemId>` / `exchange_<itemId>` / `refund` / `method` and returns the selection, or
 * null when it is not a valid return (nothing chosen, a reason missing or unknown, more units than returnable, an
 * option not offered, an exchange without a size/colour the product comes in).
 */
export function readSelection(
  form: FormValues,
  verdict: EligibilityVerdict,
  policy: ReturnPolicy,
  reasons: string[],
  exchanges: ExchangeOptions,
): Selection | null {
  const exchanging = form.refund === "exchange";
  const items: Selection["items"] = [];
  for (const item of verdict.items) {
    const quantity = Number(form[`qty_${item.itemId}`] ?? 0);
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > item.returnableQuantity) return null;
    if (quantity === 0) continue;
    const reason = form[`reason_${item.itemId}`] ?? "";
    if (!reasons.includes(reason)) return null;
    const exchangeFor = exchanging ? form[`exchange_${item.itemId}`] : undefined;
    if (exchanging && !exchanges[item.itemId]?.includes(exchangeFor ?? "")) return null;
    items.push({ itemId: item.itemId, title: item.title, quantity, reason, ...(exchangeFor ? { exchangeFor } : {}) });
  }
  const refund = form.refund as RefundMethod;
  const method = form.method as ReturnMethodKind;
  if (!items.length || !verdict.refundMethods.includes(refund)) return null;
  const price = methodPrice(
    verdict,
    policy,
    method,
    items.map((i) => i.reason),
  );
  return price ? { items, refund, method, price } : null;
}

/** The selection as hidden form fields, so the review page can post exactly what was reviewed. */
export function selectionFields(selection: Selection): FormValues {
  const fields: FormValues = { refund: selection.refund, method: selection.method };
  for (const item of selection.items) {
    fields[`qty_${item.itemId}`] = String(item.quantity);
    fields[`reason_${item.itemId}`] = item.reason;
    if (item.exchangeFor) fields[`exchange_${item.itemId}`] = item.exchangeFor;
  }
  return fields;
}
