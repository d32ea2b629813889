import { tool } from "ai";
import { z } from "zod";
import { orderCard } from "../../cards/order-card";
import { carrierName } from "../../commerce/carriers";
import type { Order } from "../../commerce/types";
import type { SkillContext } from "../types";
import { selectOrder } from "./select-order";

type OrderFactsOutput = {
  name: string;
  status: Order["status"];
  placedAt: number;
  carrier?: string;
  trackingNumber?: string;
  trackingUrl?: string;
  estimatedDeliveryAt?: number;
  deliveredAt?: number;
  items: string[];
};

export type LookupOrderOutput =
  | { order: OrderFactsOutput; otherOrders: string[]; selectedBy: "named" | "most_recent_open" | "most_recent" }
  | { error: "order_not_found"; orderName: string; otherOrders: string[] }
  | { error: "no_orders" | "not_signed_in" };

function facts(order: Order): OrderFactsOutput {
  const shipment = order.shipment;
  return {
    name: order.name,
    status: order.status,
    placedAt: order.placedAt,
    carrier: shipment ? carrierName(shipment.carrier) : undefined,
    trackingNumber: shipment?.trackingNumber,
    trackingUrl: shipment?.trackingUrl,
    estimatedDeliveryAt: shipment?.estimatedDeliveryAt,
    deliveredAt: shipment?.deliveredAt,
    items: order.items.map((item) => `${item.quantity} × ${item.title}${item.variant ? ` (${item.variant})` : ""}`),
  };
}

/**
 * Finds an order of the signed-in shopper. The customer id comes from the conversation's auth context, never from
 * the model, and the order card is written here from the verified order — the model cannot invent one.
 */
export function lookupOrderTool(ctx: SkillContext) {
  return tool({
    description:
      "Look up one of the signed-in shopper's orders: status, carrier, tracking number and link, delivery dates, items. " +
      "Pass the order number if the shopper gave one; otherwise the most recent open order is returned.",
    inputSchema: z.object({
      orderName: z.string().max(40).optional().describe("Order number the shopper mentioned, e.g. #1003"),
    }),
    execute: async ({ orderName }): Promise<LookupOrderOutput> => {
      if (!ctx.shopper) return { error: "not_signed_in" };
      const orders = await ctx.commerce.listOrders(ctx.shopper.customerId);
      const selection = selectOrder(orders, orderName);
      if ("error" in selection) {
        if (selection.error === "no_orders") return { error: "no_orders" };
        // Only names: the model needs nothing else about orders the shopper did not ask about.
        return {
          error: selection.error,
          orderName: selection.orderName,
          otherOrders: selection.others.map((o) => o.name),
        };
      }
      ctx.writer.write({
        type: "data-order",
        id: `order-${selection.order.name}`,
        data: orderCard(selection.order, ctx.language),
      });
      return {
        order: facts(selection.order),
        otherOrders: selection.others.map((o) => o.name),
        selectedBy: selection.selectedBy,
      };
    },
  });
}
