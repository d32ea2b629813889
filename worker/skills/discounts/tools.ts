import { tool } from "ai";
import { z } from "zod";
import type { Discount } from "../../commerce/types";
import type { Money } from "../../protocol";
import type { SkillContext } from "../types";
import { describeDiscount, discountCard, discountConditions } from "./card";
import { type DiscountShopper, type DiscountVerdict, evaluateDiscount, isRunning } from "./evaluate";
import { discountMessages } from "./messages";

/** A code as the shopper may see it; another customer's code never gets this far. */
export type VisibleCode = {
  code: string;
  description: string;
  conditions: string[];
  personal: boolean;
  verdict: DiscountVerdict;
};
export type CheckedCode = VisibleCode | { code: string; verdict: { valid: false; reason: "not_found" } };
export type CheckDiscountsOutput = { checked: CheckedCode[]; alternatives: string[]; signedIn: boolean };
export type ListDiscountsOutput = { codes: VisibleCode[]; signedIn: boolean; personalRequested: boolean };

/** The facts a verdict needs about the shopper; their orders are read only when a first-order code is involved. */
async function shopperFacts(ctx: SkillContext, discounts: Discount[], subtotal?: Money): Promise<DiscountShopper> {
  const customerId = ctx.shopper?.customerId ?? null;
  if (!customerId || !discounts.some((d) => d.firstOrderOnly)) return { customerId, subtotal };
  const orders = await ctx.commerce.listOrders(customerId);
  return { customerId, subtotal, previousOrders: orders.filter((o) => o.status !== "cancelled").length };
}

function visible(discount: Discount, verdict: DiscountVerdict, ctx: SkillContext): VisibleCode {
  return {
    code: discount.code,
    description: describeDiscount(discount, ctx.language),
    conditions: discountConditions(discount, ctx.language),
    personal: discount.customerId !== undefined,
    verdict,
  };
}

function writeCard(ctx: SkillContext, discount: Discount, valid: boolean) {
  ctx.writer.write({
    type: "data-discount",
    id: `discount-${discount.code}`,
    data: discountCard(discount, valid, ctx.language),
  });
}

function inviteSignIn(ctx: SkillContext) {
  ctx.writer.write({
    type: "data-login",
    id: "login",
    data: { methods: ["identity"], reason: discountMessages[ctx.language].loginReason },
  });
}

/** Running codes this shopper may see, each with its verdict for them. */
async function codesFor(ctx: SkillContext): Promise<{ discount: Discount; verdict: DiscountVerdict }[]> {
  const now = Date.now();
  const running = (await ctx.commerce.listDiscounts(ctx.shopper?.customerId ?? null)).filter((d) => isRunning(d, now));
  const facts = await shopperFacts(ctx, running);
  return running.map((discount) => ({ discount, verdict: evaluateDiscount(discount, facts, now) }));
}

/**
 * Checks codes the shopper mentions. A personal code of someone else is answered exactly like an unknown code —
 * same output, no card — so the chat is no oracle for other customers' codes.
 */
export function checkDiscountsTool(ctx: SkillContext) {
  return tool({
    description:
      "Check whether discount codes the shopper mentions work for them, and why not: unknown, expired, not started, " +
      "first order only, or minimum order not met. Pass the basket subtotal if the shopper gave it.",
    inputSchema: z.object({
      codes: z.array(z.string().min(2).max(40)).min(1).max(3).describe("Codes exactly as the shopper wrote them"),
      subtotal: z.object({ amount: z.number().nonnegative(), currency: z.string().length(3) }).optional(),
    }),
    execute: async ({ codes, subtotal }): Promise<CheckDiscountsOutput> => {
      const now = Date.now();
      const names = [...new Set(codes.map((code) => code.trim().toUpperCase()))];
      const found = await Promise.all(names.map((code) => ctx.commerce.findDiscount(code)));
      const facts = await shopperFacts(
        ctx,
        found.filter((d): d is Discount => d !== null),
        subtotal,
      );
      const checked = names.map((code, index): CheckedCode => {
        const discount = found[index] ?? null;
        const verdict = evaluateDiscount(discount, facts, now);
        if (!discount || (!verdict.valid && verdict.reason === "not_found")) {
          return { code, verdict: { valid: false, reason: "not_found" } };
        }
        writeCard(ctx, discount, verdict.valid);
        return visible(discount, verdict, ctx);
      });
      if (!ctx.shopper && checked.some((c) => !c.verdict.valid && c.verdict.reason === "not_found")) inviteSignIn(ctx);
      const alternatives = checked.every((c) => c.verdict.valid)
        ? []
        : (await codesFor(ctx))
            .filter(({ discount, verdict }) => verdict.valid && !names.includes(discount.code))
            .map(({ discount }) => discount.code);
      return { checked, alternatives, signedIn: ctx.shopper !== null };
    },
  });
}

/** The codes running now that this shopper may see: public ones, plus their own after sign-in. */
export function listDiscountsTool(ctx: SkillContext) {
  return tool({
    description:
      "List the discount codes running now for this shopper: public codes, plus their personal codes if signed in.",
    inputSchema: z.object({
      personal: z.boolean().describe("True when the shopper asked for their own or personal codes"),
    }),
    execute: async ({ personal }): Promise<ListDiscountsOutput> => {
      const codes = await codesFor(ctx);
      // Personal codes first: they are the ones a signed-in shopper most likely came for.
      codes.sort((a, b) => Number(b.discount.customerId !== undefined) - Number(a.discount.customerId !== undefined));
      for (const { discount, verdict } of codes) writeCard(ctx, discount, verdict.valid);
      if (!ctx.shopper && personal) inviteSignIn(ctx);
      return {
        codes: codes.map(({ discount, verdict }) => visible(discount, verdict, ctx)),
        signedIn: ctx.shopper !== null,
        personalRequested: personal,
      };
    },
  });
}
