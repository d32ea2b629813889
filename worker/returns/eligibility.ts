import type { ReturnPolicy } from "./policy";
import type {
  Alternative,
  EligibilityInput,
  EligibilityVerdict,
  ItemFacts,
  ItemReason,
  ItemVerdict,
  OfferedReturnMethod,
  OrderFacts,
  OrderGate,
  TraceStep,
} from "./verdict";

/**
 * The return eligibility engine (issue #6 §1): pure and deterministic — the same order, policy and `now` always give
 * the same verdict. Every rule it checks lands in the trace, passed or not, so the merchant can see exactly why;
 * the shopper is told the first rule that failed. Times are epoch milliseconds, so time zones play no part: the
 * window ends exactly `windowDays × 24 h` after delivery, and a return started at that very millisecond still counts.
 */

const DAY = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

type Window = { from: "delivery" | "purchase"; at: number; deadline: number };

/** The window counts from delivery; an order marked delivered without a date counts from purchase. */
function returnWindow(order: OrderFacts, policy: ReturnPolicy): Window | undefined {
  if (order.status !== "delivered") return undefined;
  const start = order.deliveredAt ?? order.placedAt;
  return {
    from: order.deliveredAt === undefined ? "purchase" : "delivery",
    at: start,
    deadline: start + policy.windowDays * DAY,
  };
}

/** The first order-level rule that fails, with a trace line for each rule checked. */
function orderGate(input: EligibilityInput, window: Window | undefined, trace: TraceStep[]): OrderGate | undefined {
  const { order, policy, now } = input;
  const statusGate: Partial<Record<OrderFacts["status"], OrderGate>> = {
    cancelled: "cancelled",
    unfulfilled: "not_shipped",
    in_transit: "not_delivered",
    out_for_delivery: "not_delivered",
  };
  const byStatus = statusGate[order.status];
  trace.push({ rule: "order_status", outcome: byStatus ? "fail" : "pass", detail: `order is ${order.status}` });
  const country = order.shippingCountry.toUpperCase();
  const blocked = policy.blockedCountries.map((c) => c.toUpperCase()).includes(country);
  trace.push({
    rule: "country",
    outcome: blocked ? "fail" : "pass",
    detail: `shipped to ${country}; returns not accepted from [${policy.blockedCountries.join(", ")}]`,
  });
  let expired = false;
  if (window) {
    expired = now > window.deadline;
    trace.push({
      rule: "window",
      outcome: expired ? "fail" : "pass",
      detail:
        `${policy.windowDays} days from ${window.from} (${iso(window.at)}) end ${iso(window.deadline)}; ` +
        `checked at ${iso(now)}`,
    });
  }
  return byStatus ?? (blocked ? "blocked_country" : expired ? "window_expired" : undefined);
}

/** The line's own rule, which holds whatever the order's state: final sale, gift card, excluded product… */
function itemRule(item: ItemFacts, input: EligibilityInput): ItemReason | undefined {
  const { policy } = input;
  if (item.giftCard && !policy.giftCardsReturnable) return "gift_card";
  if (item.finalSale && !policy.finalSaleReturnable) return "final_sale";
  if (item.productId && policy.nonReturnableProductIds.includes(item.productId)) return "excluded_product";
  if (item.category && policy.nonReturnableCategories.includes(item.category)) return "excluded_category";
  if ((input.returned?.[item.id] ?? 0) >= item.quantity) return "already_returned";
  return undefined;
}

function judgeItem(item: ItemFacts, input: EligibilityInput, gate: OrderGate | undefined, trace: TraceStep[]) {
  const own = itemRule(item, input);
  const reason: ItemReason = own ?? gate ?? "returnable";
  const eligible = reason === "returnable";
  const already = Math.min(input.returned?.[item.id] ?? 0, item.quantity);
  const returnableQuantity = eligible ? item.quantity - already : 0;
  trace.push({
    rule: "item",
    itemId: item.id,
    outcome: eligible ? "pass" : "fail",
    detail:
      `${item.title} ×${item.quantity}: ${reason}` +
      (already ? ` (${already} already returned)` : "") +
      (item.category ? ` [category ${item.category}]` : ""),
  });
  return { itemId: item.id, title: item.title, quantity: item.quantity, returnableQuantity, eligible, reason };
}

/** Methods offered in the order's country; all free when the shopper's reason is one the policy covers. */
function offeredMethods(input: EligibilityInput): OfferedReturnMethod[] {
  const country = input.order.shippingCountry.toUpperCase();
  const free = input.condition !== undefined && input.policy.freeReturnConditions.includes(input.condition);
  return input.policy.returnMethods
    .filter((m) => !m.countries || m.countries.map((c) => c.toUpperCase()).includes(country))
    .map((m) => ({ kind: m.kind, price: free ? { ...m.price, amount: 0 } : m.price, free }));
}

function alternativesFor(reason: EligibilityVerdict["reason"], policy: ReturnPolicy): Alternative[] {
  switch (reason) {
    case "not_shipped":
      return ["cancel_order", "contact_person"];
    case "not_delivered":
      return ["wait_for_delivery"];
    case "cancelled":
      return [];
    case "eligible":
    case "partially_eligible":
      return policy.refundMethods.filter((m): m is "exchange" | "store_credit" => m !== "original_payment");
    default:
      return ["contact_person"];
  }
}

export function checkEligibility(input: EligibilityInput): EligibilityVerdict {
  const { order, policy } = input;
  const trace: TraceStep[] = [];
  const window = returnWindow(order, policy);
  const gate = orderGate(input, window, trace);
  const items: ItemVerdict[] = order.items.map((item) => judgeItem(item, input, gate, trace));
  const returnable = items.filter((item) => item.eligible).length;
  const reason =
    gate ?? (returnable === 0 ? "nothing_returnable" : returnable === items.length ? "eligible" : "partially_eligible");
  const eligible = returnable > 0;
  const returnMethods = eligible ? offeredMethods(input) : [];
  if (input.condition) {
    const free = returnMethods.some((m) => m.free);
    trace.push({ rule: "condition", outcome: "info", detail: `shopper reports ${input.condition}; free: ${free}` });
  }
  trace.push({ rule: "verdict", outcome: eligible ? "pass" : "fail", detail: reason });
  return {
    orderName: order.name,
    eligible,
    reason,
    deadline: window?.deadline,
    windowStart: window ? { from: window.from, at: window.at } : undefined,
    items,
    returnMethods,
    refundMethods: eligible ? [...policy.refundMethods] : [],
    alternatives: alternativesFor(reason, policy),
    condition: input.condition,
    trace,
  };
}
