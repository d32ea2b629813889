import { formatDate, formatList, formatMoney } from "../../i18n/format";
import { capitalise } from "../../i18n/text";
import type { ToolResults } from "../../llm/embedded";
import type { Money } from "../../protocol";
import { trackingMessages } from "../order-tracking/messages";
import type { SkillContext } from "../types";
import type { ApplyOutput } from "./apply-tool";
import { type ModificationMessages, modificationMessages } from "./messages";
import type { ChangePlan, ItemState, LineChoice, PlannedChange } from "./plan-change";
import { QUANTITY_RANGE, type RefusalReason } from "./policy";
import { declinedOrderName } from "./proposal";
import type { OrderSummary, ReviewOutput } from "./review-tool";

/** The embedded model's reply for this skill, from this turn's tool results, in the shopper's language. */
type Say = { t: ModificationMessages; ctx: SkillContext };

const money = ({ ctx }: Say, value: Money) => formatMoney(value, ctx.language);
const address = (a: { address1: string; postalCode: string; city: string }) =>
  `${a.address1}, ${a.postalCode} ${a.city}`;
const state = (s: ItemState) => `${s.variant ? `${s.variant} ` : ""}×${s.quantity}`;
const line = (item: { title: string; variant?: string; quantity: number }) =>
  `${item.title}${item.variant ? ` (${item.variant})` : ""} ×${item.quantity}`;

function refusal({ t, ctx }: Say, order: OrderSummary, reason: RefusalReason): string {
  if (reason === "cancelled") return t.alreadyCancelled(order.name);
  const delivered = order.deliveredAt ? formatDate(order.deliveredAt, ctx.language) : undefined;
  const why =
    reason === "delivered"
      ? t.delivered(order.name, delivered)
      : reason === "shipped"
        ? t.shipped(order.name)
        : t.windowPassed(order.name);
  return [why, t.policy, reason === "delivered" ? t.offerReturn : "", t.offerPerson].filter(Boolean).join(" ");
}

function proposal(say: Say, order: OrderSummary, change: PlannedChange): string {
  const { t } = say;
  if (change.kind === "cancel") {
    const items = order.items.map(line).join(", ");
    return `${t.proposeCancel(order.name, items, money(say, order.total))} ${t.refund(money(say, change.refund))} ${t.confirm}`;
  }
  if (change.kind === "address") {
    return `${t.proposeAddress(order.name, address(change.to), change.from && address(change.from))} ${t.confirm}`;
  }
  const difference = change.totalAfter.amount - change.totalBefore.amount;
  const price =
    Math.abs(difference) < 0.005
      ? capitalise(t.samePrice)
      : `${t.newTotal(money(say, change.totalBefore), money(say, change.totalAfter))} ${
          difference < 0
            ? t.refund(money(say, { ...change.totalBefore, amount: -difference }))
            : t.charge(money(say, { ...change.totalBefore, amount: difference }))
        }`;
  return `${t.proposeItem(order.name, change.title, state(change.from), state(change.to))} ${price} ${t.confirm}`;
}

function example({ t }: Say, item: LineChoice): string {
  const other = item.options.find((option) => option !== item.variant);
  return other ? t.exampleVariant(item.title, other) : t.exampleQuantity(item.title, item.quantity + 1);
}

function planReply(say: Say, order: OrderSummary, plan: ChangePlan): string {
  const { t, ctx } = say;
  if ("change" in plan) return proposal(say, order, plan.change);
  if ("needs" in plan) {
    switch (plan.needs) {
      case "change":
        return t.whatToChange(order.name);
      case "address":
        return t.askAddress(order.name, plan.current && address(plan.current));
      case "item":
        return t.askItem(order.name, formatList(plan.items.map(line), ctx.language), example(say, plan.items[0]!));
      case "item_change":
        return t.askItemChange(
          plan.item.title,
          plan.item.options.join(", ") || "—",
          plan.item.quantity,
          example(say, plan.item),
        );
    }
  }
  switch (plan.invalid) {
    case "same_address":
      return t.sameAddress(order.name);
    case "remove_item":
      return t.removeItem(order.name);
    case "address_country":
      return t.addressCountry(order.name);
    case "unchanged":
      return t.unchanged(line(plan.item));
    case "quantity_range":
      return t.quantityRange(QUANTITY_RANGE.min, QUANTITY_RANGE.max, order.name);
  }
}

function done(say: Say, order: OrderSummary, change: PlannedChange): string {
  const { t } = say;
  if (change.kind === "cancel") return t.doneCancel(order.name, money(say, change.refund));
  if (change.kind === "address") return t.doneAddress(order.name, address(change.to));
  return t.doneItem(order.name, `${change.title} ${state(change.to)}`, money(say, order.total));
}

function reviewReply(say: Say, output: ReviewOutput | ApplyOutput): string {
  const { t, ctx } = say;
  if ("error" in output) {
    if (output.error === "nothing_to_confirm") return t.nothingToConfirm;
    if (output.error === "order_not_found") {
      const tracking = trackingMessages[ctx.language];
      const others = "otherOrders" in output && output.otherOrders.length;
      return `${tracking.notFound(output.orderName)}${
        others ? ` ${tracking.yourOrders(formatList(output.otherOrders, ctx.language))}` : ""
      }`;
    }
    return trackingMessages[ctx.language].noOrders;
  }
  if ("handedOff" in output) return t.handedOff(output.handedOff);
  if ("refused" in output) return refusal(say, output.order, output.refused);
  if ("plan" in output) return planReply(say, output.order, output.plan);
  if ("done" in output) return done(say, output.order, output.done);
  return t.failed(output.order.name);
}

export function composeModificationReply(results: ToolResults, ctx: SkillContext): string {
  const say: Say = { t: modificationMessages[ctx.language], ctx };
  const declined = declinedOrderName(ctx);
  if (declined !== null) {
    return ctx.conversation.pending?.action === "offer_person" ? say.t.handoffDeclined : say.t.declined(declined);
  }
  const output = (results.applyOrderChange ?? results.reviewOrderChange) as ReviewOutput | ApplyOutput | undefined;
  return output ? reviewReply(say, output) : say.t.nothingToConfirm;
}
