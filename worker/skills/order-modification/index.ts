import { commerceBackend, modificationPolicy } from "../prerequisites";
import type { SkillContext, SkillDefinition } from "../types";
import { applyOrderChangeTool } from "./apply-tool";
import { composeModificationReply } from "./compose-reply";
import { parseOrderChange } from "./parse-request";
import { reviewOrderChangeTool } from "./review-tool";

/** The embedded model's plan: perform a confirmed proposal, say so when declined, otherwise review the request. */
function plan(ctx: SkillContext) {
  const { pending, answer } = ctx.conversation;
  if (pending && answer === "yes") return [{ toolName: "applyOrderChange", input: {} }];
  if (pending && answer === "no") return [];
  return [{ toolName: "reviewOrderChange", input: parseOrderChange(ctx.text) }];
}

export const orderModification: SkillDefinition = {
  id: "order_modification",
  name: "Order modification",
  category: "post-purchase",
  login: "always",
  overview:
    "Cancels an order, changes its delivery address or an item's size or quantity — within 2 hours of placing " +
    "and before it ships — always after the shopper confirms exactly what will change.",
  whenToUse: "The shopper wants to cancel an order, change the shipping address, size or quantity.",
  howToRespond:
    "Call reviewOrderChange with the order number and the change (only the fields the shopper gave). If it returns a " +
    "plan with a change, state exactly what will change and the refund or charge, and ask the shopper to reply yes. " +
    "If something is missing, ask for it. If it is refused, explain the 2-hour / before-shipping policy and offer a " +
    "person (or a return for a delivered order). Call applyOrderChange only when the shopper has just said yes; say " +
    "it is done only if it returns done, and report a failure honestly.",
  prerequisites: [commerceBackend, modificationPolicy],
  policyTopic: "change cancel order policy",
  cards: ["order"],
  channels: ["web", "sms", "whatsapp", "email"],
  runtime: {
    tools: (ctx) => ({ reviewOrderChange: reviewOrderChangeTool(ctx), applyOrderChange: applyOrderChangeTool(ctx) }),
    script: (ctx) => ({
      plan: () => plan(ctx),
      compose: (results) => composeModificationReply(results, ctx),
    }),
  },
};
