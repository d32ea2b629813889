import { tool } from "ai";
import { z } from "zod";
import type { SkillContext } from "../types";
import { returnsMessages } from "./messages";
import { evaluateOrder, handoffFacts, showVerdict, type VerdictFacts } from "./present-verdict";
import { type ReturnOrderSelection, selectReturnOrder } from "./select-order";

export type OrderLookupError =
  | { error: "not_signed_in" }
  | { error: "order_not_found"; orderName: string; otherOrders: string[] }
  | { error: "no_orders" };

export type CheckOutput =
  | {
      verdict: VerdictFacts;
      selectedBy: Extract<ReturnOrderSelection, { order: unknown }>["selectedBy"];
      portal: "ready" | "provider_error" | "unavailable" | "not_needed";
      portalUrl?: string;
      /** Set when the conversation went to a person; the sentence to include in the reply. */
      handoff?: string;
    }
  | OrderLookupError;

/** The sign-in card for account questions asked anonymously (the skill's login is `partial`). */
export function askToSignIn(ctx: SkillContext, reason: string): { error: "not_signed_in" } {
  ctx.writer.write({ type: "data-login", id: "login", data: { methods: ["identity"], reason } });
  return { error: "not_signed_in" };
}

/** Finds the order among the signed-in shopper's own orders; anything else is answered as "not found". */
export async function findReturnOrder(
  ctx: SkillContext,
  request: { orderName?: string; item?: string; previousOrderId?: string },
) {
  const orders = await ctx.commerce.listOrders(ctx.shopper!.customerId);
  const selection = selectReturnOrder(orders, { ...request, text: request.item ?? "" });
  if (!("error" in selection)) return selection;
  if (selection.error === "no_orders") return { error: "no_orders" as const };
  return { error: selection.error, orderName: selection.orderName, otherOrders: selection.others };
}

/**
 * Can this order (or the shopper's most recent delivered one) be returned? Writes the `data-return` card with the
 * portal link from the configured provider. With no provider connected the verdict is still given, and an
 * eligible return goes to a person who can start it.
 */
export function checkEligibilityTool(ctx: SkillContext) {
  return tool({
    description:
      "Check whether one of the signed-in shopper's orders can be returned: per-item eligibility with reasons, the " +
      "deadline, return methods with prices, refund methods and the link to start a return or exchange.",
    inputSchema: z.object({
      orderName: z.string().max(40).optional().describe("Order number the shopper mentioned, e.g. #1001"),
      item: z.string().max(200).optional().describe("The item the shopper wants to return, in their words"),
    }),
    execute: async ({ orderName, item }): Promise<CheckOutput> => {
      if (!ctx.shopper) return askToSignIn(ctx, returnsMessages[ctx.language].signIn);
      const found = await findReturnOrder(ctx, { orderName, item });
      if ("error" in found) return found;
      const shown = await evaluateOrder(ctx, found.order);
      showVerdict(ctx, shown);
      const output: CheckOutput = {
        verdict: shown.facts,
        selectedBy: found.selectedBy,
        portal: shown.portal,
        portalUrl: shown.portalUrl,
      };
      if (shown.portal === "unavailable") {
        const facts = { ...handoffFacts(found.order, shown.verdict), missing: shown.missing };
        output.handoff = await ctx.conversation.handOff("returns_unavailable", facts);
      }
      return output;
    },
  });
}
