import { commerceBackend, knowledgeBase } from "./prerequisites";
import type { SkillDefinition } from "./types";

export const returns: SkillDefinition = {
  id: "returns",
  category: "post-purchase",
  login: "always",
  overview: "Answers return and exchange questions and checks whether an order can be returned.",
  whenToUse: "The shopper wants to return or exchange an item, asks for a refund, or asks about the return policy.",
  howToRespond: "Answer policy questions from the knowledge base; check eligibility only for the shopper's own orders.",
  prerequisites: [commerceBackend, knowledgeBase],
  cards: ["order", "return"],
  channels: ["web", "sms", "whatsapp", "email"],
};
