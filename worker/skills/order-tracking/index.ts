import { commerceBackend } from "../prerequisites";
import type { SkillDefinition } from "../types";
import { composeTrackingReply } from "./compose-reply";
import { type LookupOrderOutput, lookupOrderTool } from "./lookup-order";
import { orderNamesIn } from "./select-order";

export const orderTracking: SkillDefinition = {
  id: "order_tracking",
  name: "Order tracking",
  category: "post-purchase",
  login: "always",
  overview: "Tells a signed-in shopper where their order is: status, carrier, tracking link and delivery date.",
  whenToUse: "The shopper asks where an order is, when it will arrive, for a tracking number, or says it is late.",
  howToRespond:
    "Call lookupOrder (with the order number if one was given). Answer in one or two sentences with the status, " +
    "carrier, tracking number and the estimated or actual delivery date from the tool result only. If you picked " +
    "the most recent open order, say which one and offer the others. Never guess an order's status.",
  prerequisites: [commerceBackend],
  cards: ["order"],
  channels: ["web", "sms", "whatsapp", "email"],
  runtime: {
    tools: (ctx) => ({ lookupOrder: lookupOrderTool(ctx) }),
    script: (ctx) => ({
      plan: () => [{ toolName: "lookupOrder", input: { orderName: orderNamesIn(ctx.text)[0] } }],
      compose: (results) => composeTrackingReply(results.lookupOrder as LookupOrderOutput | undefined, ctx.language),
    }),
  },
};
