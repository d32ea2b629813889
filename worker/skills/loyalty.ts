import { commerceBackend, knowledgeBase } from "./prerequisites";
import type { SkillDefinition } from "./types";

export const loyalty: SkillDefinition = {
  id: "loyalty",
  category: "post-purchase",
  login: "always",
  overview: "Points balance, tier, progress and rewards; programme questions without sign-in.",
  whenToUse: "The shopper asks about points, tiers, rewards or the loyalty programme.",
  howToRespond: "Give the balance and the next step to the next tier; explain how to redeem.",
  prerequisites: [commerceBackend, knowledgeBase],
  cards: ["loyalty"],
  channels: ["web", "sms", "whatsapp", "email"],
};
