import { commerceBackend } from "./prerequisites";
import type { SkillDefinition } from "./types";

export const productRecommendations: SkillDefinition = {
  id: "product_recommendations",
  category: "core",
  login: "never",
  overview: "Suggests products from the catalogue for a need, a budget or the product being viewed.",
  whenToUse: "The shopper asks what to buy, for a gift idea, or for something similar to a product.",
  howToRespond: "Suggest at most three products, each with one reason, from the catalogue only.",
  prerequisites: [commerceBackend],
  cards: ["product"],
  channels: ["web", "sms", "whatsapp", "email"],
};
