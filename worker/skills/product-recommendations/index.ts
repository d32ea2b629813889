import { catalogue } from "../prerequisites";
import type { SkillDefinition } from "../types";
import { composeRecommendationReply } from "./compose-reply";
import { type RecommendOutput, recommendTool } from "./recommend-tool";

export const productRecommendations: SkillDefinition = {
  id: "product_recommendations",
  name: "Product recommendations",
  category: "core",
  login: "never",
  overview: "Suggests products from the catalogue for a need, a budget or the product being viewed.",
  whenToUse: "The shopper asks what to buy, for a gift idea, for something within a budget or similar to a product.",
  howToRespond:
    "Call recommendProducts with the shopper's request. Name at most three of the returned products with their price " +
    "and one reason each; the product card shows them. If nothing fits, say so and offer the closest categories the " +
    "tool returns. Never mention a product, price or stock level the tool did not return.",
  prerequisites: [catalogue],
  cards: ["product"],
  channels: ["web", "sms", "whatsapp", "email"],
  runtime: {
    tools: (ctx) => ({ recommendProducts: recommendTool(ctx) }),
    script: (ctx) => ({
      plan: () => [{ toolName: "recommendProducts", input: { request: ctx.text } }],
      compose: (results) =>
        composeRecommendationReply(results.recommendProducts as RecommendOutput | undefined, ctx.language),
    }),
  },
};
