import { tool } from "ai";
import { z } from "zod";
import { orderCard } from "../../cards/order-card";
import type { Order, OrderItem, OrderStatus } from "../../commerce/types";
import type { Money } from "../../protocol";
import { selectOrder } from "../order-tracking/select-order";
import type { SkillContext } from "../types";
import type { OrderChangeRequest } from "./parse-request";
import { type ChangePlan, planChange } from "./plan-change";
import { modificationVerdict, type RefusalReason } from "./policy";
import { offerPerson, proposeChange } from "./proposal";

export type OrderSummary = {
  name: string;
  status: OrderStatus;
  deliveredAt?: number;
  items: { title: string; variant?: string; quantity: number }[];
  total: Money;
};

export type ReviewOutput =
  | { error: "not_signed_in" | "no_orders" }
  | { error: "order_not_found"; orderName: string; otherOrders: string[] }
  | { order: OrderSummary; refused: RefusalReason }
  | { order: OrderSummary; plan: ChangePlan };

export function summary(order: Order): OrderSummary {
  return {
    name: order.name,
    status: order.status,
    deliveredAt: order.shipment?.deliveredAt,
    items: order.items.map(({ title, variant, quantity }) => ({ title, variant, quantity })),
    total: order.total,
  };
}

/** The variants each line's product comes in, from the catalogue (a size can only change to one that exists). */
export async function variantsByLine(ctx: SkillContext): Promise<(item: OrderItem) => string[]> {
  const products = await ctx.commerce.listProducts();
  const byId = new Map(products.map((product) => [product.id, product.variants]));
  return (item) => (item.productId ? (byId.get(item.productId) ?? []) : []);
}

/** The order named, else the newest one that can still be changed, else the newest open one (to explain why not). */
function chooseOrder(orders: Order[], orderName: string | undefined, now: number) {
  if (!orderName) {
    const changeable = orders.find((order) => modificationVerdict(order, now).allowed);
    if (changeable) return { order: changeable };
  }
  return selectOrder(orders, orderName);
}

/**
 * Looks at one of the signed-in shopper's orders and works out exactly what the requested change would do. When it
 * is allowed and complete, the tool proposes it — the shopper must confirm with their next message. Nothing here
 * writes to the store.
 */
export function reviewOrderChangeTool(ctx: SkillContext) {
  return tool({
    description:
      "Check whether one of the signed-in shopper's orders can be cancelled or changed (delivery address, an item's " +
      "variant/size or quantity) and what exactly would change. Proposes the change for the shopper to confirm.",
    inputSchema: z.object({
      orderName: z.string().max(40).optional().describe("Order number the shopper mentioned, e.g. #1004"),
      kind: z.enum(["cancel", "address", "item"]).optional().describe("Omit when the shopper has not said"),
      address: z
        .object({ address1: z.string().max(200), postalCode: z.string().max(12), city: z.string().max(100) })
        .optional()
        .describe("The complete new delivery address, only if the shopper gave all of it"),
      item: z.string().max(500).optional().describe("Words naming the item to change"),
      variant: z.string().max(500).optional().describe("The new size, colour or other option"),
      quantity: z.number().int().optional().describe("The new quantity of the item"),
    }),
    execute: async (request: OrderChangeRequest): Promise<ReviewOutput> => {
      if (!ctx.shopper) return { error: "not_signed_in" };
      const orders = await ctx.commerce.listOrders(ctx.shopper.customerId);
      const now = Date.now();
      const selection = chooseOrder(orders, request.orderName, now);
      if ("error" in selection) {
        if (selection.error === "no_orders") return { error: "no_orders" };
        // Someone else's order is not in the list, so it is answered exactly like one that does not exist.
        return {
          error: "order_not_found",
          orderName: selection.orderName,
          otherOrders: selection.others.map((o) => o.name),
        };
      }
      const { order } = selection;
      ctx.writer.write({ type: "data-order", id: `order-${order.name}`, data: orderCard(order, ctx.language) });
      const verdict = modificationVerdict(order, now);
      if (!verdict.allowed) {
        if (verdict.reason !== "cancelled") offerPerson(ctx, order, verdict.reason);
        return { order: summary(order), refused: verdict.reason };
      }
      const needsCatalogue = request.kind !== "cancel" && request.kind !== "address";
      const variantsOf = needsCatalogue ? await variantsByLine(ctx) : () => [];
      const plan = planChange(order, request, variantsOf);
      if ("change" in plan) proposeChange(ctx, order, plan.change);
      return { order: summary(order), plan };
    },
  });
}
