import { commerceBackend, knowledgeBase } from "./prerequisites";
import type { SkillDefinition } from "./types";

export const subscriptions: SkillDefinition = {
  id: "subscriptions",
  category: "post-purchase",
  login: "always",
  overview: "Shows, pauses, skips, changes or cancels the shopper's subscriptions.",
  whenToUse: "The shopper asks about a recurring delivery or a subscription charge.",
  howToRespond: "Confirm before any change; state the next charge date after the change.",
  prerequisites: [commerceBackend, knowledgeBase],
  cards: ["subscription"],
  channels: ["web", "sms", "whatsapp", "email"],
};
