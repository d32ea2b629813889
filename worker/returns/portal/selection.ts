import type { Money } from "../../protocol";
import type { ItemCondition, RefundMethod, ReturnMethodKind, ReturnPolicy } from "../policy";
import type { EligibilityVerdict } from "../verdict";

/** What the shopper chose on the order page, checked against the verdict: only returnable units, known options. */
export type Selection = {
  items: { itemId: string; title: string; quantity: number; reason: string }[];
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
 * Reads `qty_<itemId>` / `reason_<itemId>` / `refund` / `method` and returns the selection, or null when it is not
 * a valid return (nothing chosen, a reason missing or unknown, more units than returnable, an option not offered).
 */
export function readSelection(
  form: FormValues,
  verdict: EligibilityVerdict,
  policy: ReturnPolicy,
  reasons: string[],
): Selection | null {
  const items: Selection["items"] = [];
  for (const item of verdict.items) {
    const quantity = Number(form[`qty_${item.itemId}`] ?? 0);
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > item.returnableQuantity) return null;
    if (quantity === 0) continue;
    const reason = form[`reason_${item.itemId}`] ?? "";
    if (!reasons.includes(reason)) return null;
    items.push({ itemId: item.itemId, title: item.title, quantity, reason });
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
  }
  return fields;
}
