import type { SkillId } from "../protocol";

/** What the merchant console calls each skill. */
export const SKILL_NAMES: Record<SkillId, string> = {
  returns: "Returns & exchanges",
  order_tracking: "Order tracking",
  order_modification: "Order modification",
  subscriptions: "Subscriptions",
  loyalty: "Loyalty",
  discounts: "Discount codes",
  general_qa: "General Q&A",
  product_recommendations: "Product recommendations",
};
