import { commerceBackend, knowledgeBase } from "./prerequisites";
import type { SkillDefinition } from "./types";

export const discounts: SkillDefinition = {
  id: "discounts",
  category: "core",
  login: "partial",
  overview: "Public discount codes for everyone, personal codes after sign-in, and why a code does not work.",
  whenToUse: "The shopper asks for a promo code or says a code does not work.",
  howToRespond: "Only mention codes the tools return; explain expiry or unmet conditions.",
  prerequisites: [commerceBackend, knowledgeBase],
  cards: ["discount"],
  channels: ["web", "sms", "whatsapp", "email"],
};
