import { tool } from "ai";
import { z } from "zod";
import type { SkillContext } from "../types";
import { type PlannedSubscriptionChange, planSubscriptionChange, subscriptionUpdated } from "./plan-change";
import { confirmedSubscriptionChange } from "./proposal";
import { type ReviewSubscriptionOutput, type SubscriptionSummary, summary, writeSubscriptionCard } from "./review-tool";

export type ApplySubscriptionOutput =
  | { error: "not_signed_in" | "nothing_to_confirm" | "no_subscriptions" }
  | Extract<ReviewSubscriptionOutput, { plan: unknown }>
  | { subscription: SubscriptionSummary; done: PlannedSubscriptionChange }
  | { subscription: SubscriptionSummary; failed: "write_refused" | "not_verified" };

/**
 * Performs the subscription change the shopper has just confirmed, and only that: it is computed again from the
 * subscription as it is now, written through the backend (scoped to the shopper), read back and verified before it
 * is reported as done. A write that cannot be verified is said plainly and handed to a person.
 */
export function applySubscriptionTool(ctx: SkillContext) {
  return tool({
    description:
      "Perform the subscription change the shopper confirmed with a yes to your previous message. Takes no input: " +
      "it only ever performs the stored proposal, after checking it again.",
    inputSchema: z.object({}),
    execute: async (): Promise<ApplySubscriptionOutput> => {
      if (!ctx.shopper) return { error: "not_signed_in" };
      const confirmed = confirmedSubscriptionChange(ctx);
      if (!confirmed) return { error: "nothing_to_confirm" };
      const { customerId } = ctx.shopper;
      const sub = (await ctx.commerce.listSubscriptions(customerId)).find((s) => s.id === confirmed.subscriptionId);
      if (!sub) return { error: "no_subscriptions" };
      const plan = planSubscriptionChange(sub, confirmed.action, confirmed, Date.now());
      if (!("change" in plan)) {
        writeSubscriptionCard(ctx, sub);
        return { subscription: summary(sub), plan };
      }
      const result = await ctx.commerce.updateSubscription(customerId, sub.id, plan.update);
      const after = (await ctx.commerce.listSubscriptions(customerId)).find((s) => s.id === sub.id) ?? sub;
      writeSubscriptionCard(ctx, after);
      if (!result.ok || !subscriptionUpdated(after, plan.update)) {
        const failed = result.ok ? "not_verified" : "write_refused";
        await ctx.conversation.handOff("subscription_change_failed", {
          subscription: sub.id,
          change: plan.change,
          failed,
        });
        return { subscription: summary(after), failed };
      }
      return { subscription: summary(after), done: plan.change };
    },
  });
}
