import { tool } from "ai";
import { z } from "zod";
import { orderCard } from "../../cards/order-card";
import type { Order, WriteResult } from "../../commerce/types";
import type { SkillContext } from "../types";
import { type ChangePlan, changeApplied, type PlannedChange, planChange } from "./plan-change";
import { modificationVerdict, type RefusalReason } from "./policy";
import { confirmedProposal, offerPerson } from "./proposal";
import { type OrderSummary, summary, variantsByLine } from "./review-tool";

export type ApplyOutput =
  | { error: "not_signed_in" | "nothing_to_confirm" }
  | { error: "order_not_found"; orderName: string }
  | { handedOff: string }
  | { order: OrderSummary; refused: RefusalReason }
  | { order: OrderSummary; plan: ChangePlan }
  | { order: OrderSummary; done: PlannedChange }
  | { order: OrderSummary; failed: "write_refused" | "not_verified" };

function write(ctx: SkillContext, customerId: string, order: Order, change: PlannedChange): Promise<WriteResult> {
  switch (change.kind) {
    case "cancel":
      return ctx.commerce.cancelOrder(customerId, order.id);
    case "address":
      return ctx.commerce.updateShippingAddress(customerId, order.id, change.to);
    case "item":
      return ctx.commerce.changeOrderItem(customerId, order.id, change.itemId, {
        variant: change.to.variant,
        quantity: change.to.quantity,
      });
  }
}

/** The handoff card (with the merchant's in-hours or after-hours text) is written by the conversation hook. */
function handOffToPerson(ctx: SkillContext, orderName: string, reason: string, facts: Record<string, unknown>) {
  return ctx.conversation.handOff(reason, { orderName, ...facts });
}

/**
 * Performs the change the shopper has just confirmed — and only that. Everything is checked again at this moment
 * (the order is still theirs, still inside the 2-hour window, still unshipped); after the write the order is read
 * back, and only a change that is really there is reported as done. Anything else goes to a person, honestly.
 */
export function applyOrderChangeTool(ctx: SkillContext) {
  return tool({
    description:
      "Perform the order change the shopper confirmed with a yes to your previous message. Takes no input: it only " +
      "ever performs the stored proposal, after checking everything again.",
    inputSchema: z.object({}),
    execute: async (): Promise<ApplyOutput> => {
      if (!ctx.shopper) return { error: "not_signed_in" };
      const confirmed = confirmedProposal(ctx);
      if (!confirmed) return { error: "nothing_to_confirm" };
      const { customerId } = ctx.shopper;
      const order = (await ctx.commerce.listOrders(customerId)).find((o) => o.id === confirmed.orderId);
      if (!order) return { error: "order_not_found", orderName: confirmed.orderName };
      if (confirmed.kind === "person") {
        await handOffToPerson(ctx, order.name, "order_change_refused", {
          refusal: confirmed.reason,
          status: order.status,
        });
        return { handedOff: order.name };
      }
      const verdict = modificationVerdict(order, Date.now());
      if (!verdict.allowed) {
        ctx.writer.write({ type: "data-order", id: `order-${order.name}`, data: orderCard(order, ctx.language) });
        if (verdict.reason !== "cancelled") offerPerson(ctx, order, verdict.reason);
        return { order: summary(order), refused: verdict.reason };
      }
      const variantsOf = confirmed.request.kind === "item" ? await variantsByLine(ctx) : () => [];
      const plan = planChange(order, confirmed.request, variantsOf);
      if (!("change" in plan)) return { order: summary(order), plan };
      const result = await write(ctx, customerId, order, plan.change);
      const after = (await ctx.commerce.listOrders(customerId)).find((o) => o.id === order.id) ?? order;
      ctx.writer.write({ type: "data-order", id: `order-${order.name}`, data: orderCard(after, ctx.language) });
      if (!result.ok || !changeApplied(after, plan.change)) {
        const failed = result.ok ? "not_verified" : "write_refused";
        await handOffToPerson(ctx, order.name, "order_change_failed", { change: plan.change, failed });
        return { order: summary(after), failed };
      }
      return { order: summary(after), done: plan.change };
    },
  });
}
