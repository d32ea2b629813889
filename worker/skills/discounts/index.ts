import { firstPrice } from "../../i18n/money-in-text";
import { commerceBackend, knowledgeBase } from "../prerequisites";
import type { SkillDefinition } from "../types";
import { asksForPersonalCodes, codesIn } from "./codes-in-text";
import { composeCheckReply, composeListReply } from "./compose-reply";
import { type CheckDiscountsOutput, checkDiscountsTool, type ListDiscountsOutput, listDiscountsTool } from "./tools";

export const discounts: SkillDefinition = {
  id: "discounts",
  name: "Discount codes",
  category: "core",
  // Public codes for everyone; personal codes only to their owner after sign-in — gated in the tools.
  login: "partial",
  overview: "Public discount codes for everyone, personal codes after sign-in, and why a code does not work.",
  whenToUse: "The shopper asks for a promo code, asks whether a code is valid, or says a code does not work.",
  howToRespond:
    "If the shopper names codes, call checkDiscountCodes and give the reason from the result (expired with its date, " +
    "not started, first order only, minimum order). Otherwise call listDiscountCodes. Only mention codes the tools " +
    "return; an unknown code is 'not valid for your account' — never guess what a code could be.",
  prerequisites: [commerceBackend, knowledgeBase],
  policyTopic: "discount promo code",
  cards: ["discount"],
  channels: ["web", "sms", "whatsapp", "email"],
  runtime: {
    tools: (ctx) => ({ checkDiscountCodes: checkDiscountsTool(ctx), listDiscountCodes: listDiscountsTool(ctx) }),
    script: (ctx) => {
      const codes = codesIn(ctx.text);
      return {
        plan: () =>
          codes.length
            ? [{ toolName: "checkDiscountCodes", input: { codes, subtotal: firstPrice(ctx.text) } }]
            : [{ toolName: "listDiscountCodes", input: { personal: asksForPersonalCodes(ctx.text) } }],
        compose: (results) =>
          codes.length
            ? composeCheckReply(results.checkDiscountCodes as CheckDiscountsOutput, ctx.language)
            : composeListReply(results.listDiscountCodes as ListDiscountsOutput, ctx.language),
      };
    },
  },
};
