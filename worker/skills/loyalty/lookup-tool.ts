import { tool } from "ai";
import { z } from "zod";
import { formatMoney } from "../../i18n/format";
import type { SkillContext } from "../types";
import { loyaltyMessages } from "./messages";
import { nextTier, REWARDS, redeemable } from "./programme";

export type LoyaltyOutput =
  | { points: number; tier: string; nextTier?: { name: string; pointsNeeded: number }; redeemableEuros: number[] }
  | { error: "no_account" | "not_signed_in" };

/** The signed-in shopper's points and tier; the loyalty card is written here from the verified account. */
export function loyaltyTool(ctx: SkillContext) {
  return tool({
    description: "The signed-in shopper's loyalty points, tier, progress to the next tier and redeemable rewards.",
    inputSchema: z.object({}),
    execute: async (): Promise<LoyaltyOutput> => {
      if (!ctx.shopper) {
        ctx.writer.write({
          type: "data-login",
          id: "login",
          data: { methods: ["identity"], reason: loyaltyMessages[ctx.language].signInForBalance },
        });
        return { error: "not_signed_in" };
      }
      const account = await ctx.commerce.loyaltyAccount(ctx.shopper.customerId);
      if (!account) return { error: "no_account" };
      const next = nextTier(account.points);
      const t = loyaltyMessages[ctx.language];
      ctx.writer.write({
        type: "data-loyalty",
        id: "loyalty",
        data: {
          points: account.points,
          tier: account.tier,
          nextTier: next,
          rewards: REWARDS.map((r) => ({
            label: t.reward(formatMoney({ amount: r.euros, currency: "EUR" }, ctx.language)),
            points: r.points,
          })),
        },
      });
      return { ...account, nextTier: next, redeemableEuros: redeemable(account.points).map((r) => r.euros) };
    },
  });
}
