import { tool } from "ai";
import { z } from "zod";
import { fold } from "../../agent/router/text";
import type { Subscription } from "../../commerce/types";
import type { SkillContext } from "../types";
import type { SubscriptionRequest } from "./parse-request";
import { planSubscriptionChange, type SubscriptionPlan } from "./plan-change";
import { proposeSubscriptionChange } from "./proposal";
import { subscriptionCard } from "./subscription-card";

export type SubscriptionSummary = Pick<Subscription, "frequency" | "status" | "nextChargeAt" | "pausedUntil"> & {
  product: string;
};

export type ReviewSubscriptionOutput =
  | { error: "not_signed_in" | "no_subscriptions" }
  | { subscriptions: SubscriptionSummary[] }
  | { which: string[] }
  | { subscription: SubscriptionSummary; plan: SubscriptionPlan };

export const summary = (sub: Subscription): SubscriptionSummary => ({
  product: sub.product.title,
  frequency: sub.frequency,
  status: sub.status,
  nextChargeAt: sub.nextChargeAt,
  pausedUntil: sub.pausedUntil,
});

export function writeSubscriptionCard(ctx: SkillContext, sub: Subscription): void {
  ctx.writer.write({
    type: "data-subscription",
    id: `subscription-${sub.id}`,
    data: subscriptionCard(sub, ctx.language),
  });
}

/** The subscription a change is about: the one whose product the shopper names, else the only one still running. */
function target(subs: Subscription[], product: string | undefined): Subscription | Subscription[] {
  const words = new Set(fold(product ?? "").match(/\p{L}{4,}/gu) ?? []);
  const named = subs.filter((sub) => (fold(sub.product.title).match(/\p{L}{4,}/gu) ?? []).some((w) => words.has(w)));
  const running = subs.filter((sub) => sub.status !== "cancelled");
  const pool = named.length === 1 ? named : running.length ? running : subs;
  return pool.length === 1 ? pool[0]! : pool;
}

/**
 * Shows the signed-in shopper's subscriptions, or works out exactly what a pause, skip, new rhythm, resume or
 * cancellation would do and proposes it for confirmation. Reads only the shopper's own subscriptions; writes nothing.
 */
export function reviewSubscriptionTool(ctx: SkillContext) {
  return tool({
    description:
      "Show the signed-in shopper's subscriptions, or check a change to one of them (pause, skip the next delivery, " +
      "change frequency, resume, cancel) and propose it for the shopper to confirm.",
    inputSchema: z.object({
      action: z.enum(["show", "pause", "skip", "frequency", "resume", "cancel"]).optional(),
      product: z.string().max(500).optional().describe("Words naming the subscription, if the shopper has several"),
      pauseFor: z
        .object({ unit: z.enum(["day", "week", "month"]), count: z.number().int() })
        .optional()
        .describe("How long to pause, as the shopper said it"),
      every: z
        .object({ unit: z.enum(["week", "month"]), count: z.number().int() })
        .optional()
        .describe("The new delivery rhythm, as the shopper said it"),
    }),
    execute: async (request: SubscriptionRequest): Promise<ReviewSubscriptionOutput> => {
      if (!ctx.shopper) return { error: "not_signed_in" };
      const subs = await ctx.commerce.listSubscriptions(ctx.shopper.customerId);
      if (subs.length === 0) return { error: "no_subscriptions" };
      const { action } = request;
      if (!action || action === "show") {
        for (const sub of subs) writeSubscriptionCard(ctx, sub);
        return { subscriptions: subs.map(summary) };
      }
      const sub = target(subs, request.product);
      if (Array.isArray(sub)) return { which: sub.map((s) => s.product.title) };
      writeSubscriptionCard(ctx, sub);
      const plan = planSubscriptionChange(sub, action, request, Date.now());
      if ("change" in plan) proposeSubscriptionChange(ctx, sub, plan.change);
      return { subscription: summary(sub), plan };
    },
  });
}
