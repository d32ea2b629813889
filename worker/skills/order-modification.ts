import { commerceBackend, knowledgeBase } from "./prerequisites";
import type { SkillDefinition } from "./types";

export const orderModification: SkillDefinition = {
  id: "order_modification",
  category: "post-purchase",
  login: "always",
  overview: "Cancels an order or changes its address or items while that is still allowed.",
  whenToUse: "The shopper wants to cancel an order, change the shipping address, size or quantity.",
  howToRespond: "Show exactly what will change and ask for confirmation before changing anything.",
  prerequisites: [commerceBackend, knowledgeBase],
  cards: ["order"],
  channels: ["web", "sms", "whatsapp", "email"],
};
