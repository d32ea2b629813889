import { commerceBackend, subscriptionPolicy } from "../prerequisites";
import type { SkillContext, SkillDefinition } from "../types";
import { applySubscriptionTool } from "./apply-tool";
import { composeSubscriptionReply } from "./compose-reply";
import { parseSubscriptionRequest } from "./parse-request";
import { reviewSubscriptionTool } from "./review-tool";

/** The embedded model's plan: perform a confirmed proposal, say so when declined, otherwise review the request. */
function plan(ctx: SkillContext) {
  const { pending, answer } = ctx.conversation;
  if (pending && answer === "yes") return [{ toolName: "applySubscriptionChange", input: {} }];
  if (pending && answer === "no") return [];
  return [{ toolName: "reviewSubscriptions", input: parseSubscriptionRequest(ctx.text) }];
}

export const subscriptions: SkillDefinition = {
  id: "subscriptions",
  name: "Subscriptions",
  category: "post-purchase",
  login: "always",
  overview: "Shows the shopper's subscriptions; pauses (up to 3 months), skips, changes frequency, resumes or cancels.",
  whenToUse: "The shopper asks about a recurring delivery or a subscription charge.",
  howToRespond:
    "Call reviewSubscriptions (action show, or the change with its parameters). For a proposed change, state what " +
    "will change and the next charge date, and ask the shopper to reply yes. Explain the limits when a request is " +
    "outside them (pause up to 3 months; every 2, 4 or 6 weeks). Call applySubscriptionChange only when the shopper " +
    "has just said yes, and say it is done only if it returns done.",
  prerequisites: [commerceBackend, subscriptionPolicy],
  policyTopic: "subscription pause skip cancel",
  cards: ["subscription"],
  channels: ["web", "sms", "whatsapp", "email"],
  runtime: {
    tools: (ctx) => ({
      reviewSubscriptions: reviewSubscriptionTool(ctx),
      applySubscriptionChange: applySubscriptionTool(ctx),
    }),
    script: (ctx) => ({
      plan: () => plan(ctx),
      compose: (results) => composeSubscriptionReply(results, ctx),
    }),
  },
};
