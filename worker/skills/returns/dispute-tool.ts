import { tool } from "ai";
import { z } from "zod";
import { lastCheck } from "../../returns/checks";
import type { SkillContext } from "../types";
import { askToSignIn, type CheckOutput, findReturnOrder, type OrderLookupError } from "./check-tool";
import { conditionIn } from "./intent";
import { returnsMessages } from "./messages";
import { evaluateOrder, handoffFacts, showVerdict } from "./present-verdict";

export type DisputeOutput =
  | { handedOff: true; orderName?: string; handoff: string }
  | { resolved: Extract<CheckOutput, { verdict: unknown }> }
  | OrderLookupError;

/**
 * The shopper contests a verdict ("that's not fair") or reports a damaged or wrong item. A defect on an order that
 * can be returned simply makes the return free: they get the card again with free methods. Anything else goes to
 * a person with the order, the verdict and its full trace, so nobody has to ask the shopper to start over.
 */
export function disputeReturnTool(ctx: SkillContext) {
  return tool({
    description:
      "Use when the shopper disagrees with a return verdict, asks for an exception, or says an item arrived " +
      "damaged, defective or wrong. Re-checks the order with that condition and hands over to a person if needed.",
    inputSchema: z.object({
      orderName: z.string().max(40).optional().describe("Order number, if the shopper gave one"),
      what: z.string().max(300).describe("What the shopper says, in their words"),
    }),
    execute: async ({ orderName, what }): Promise<DisputeOutput> => {
      if (!ctx.shopper) return askToSignIn(ctx, returnsMessages[ctx.language].signIn);
      const previous = await lastCheck(ctx.env.DB, ctx.conversation.id, ctx.shopper.customerId);
      const found = await findReturnOrder(ctx, { orderName, item: what, previousOrderId: previous?.orderId });
      if ("error" in found) {
        if (found.error === "order_not_found") return found;
        return { handedOff: true, handoff: await ctx.conversation.handOff("return_dispute", { claim: what }) };
      }
      const condition = conditionIn(what);
      const shown = await evaluateOrder(ctx, found.order, condition);
      if (condition && shown.verdict.eligible && shown.portal === "ready") {
        showVerdict(ctx, shown);
        return {
          resolved: { verdict: shown.facts, selectedBy: found.selectedBy, portal: "ready", portalUrl: shown.portalUrl },
        };
      }
      const facts = { ...handoffFacts(found.order, shown.verdict), claim: what };
      return {
        handedOff: true,
        orderName: found.order.name,
        handoff: await ctx.conversation.handOff("return_dispute", facts),
      };
    },
  });
}
