import { desc, eq, inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { fulfillments, orderItems, orders } from "../../db/schema";
import { trackingUrlFor } from "./carriers";
import type { CommerceBackend, Order, OrderStatus, Shipment } from "./types";

type OrderRow = typeof orders.$inferSelect;
type ItemRow = typeof orderItems.$inferSelect;
type FulfillmentRow = typeof fulfillments.$inferSelect;

function toShipment(row: FulfillmentRow): Shipment {
  return {
    status: row.status,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    trackingUrl: trackingUrlFor(row.carrier, row.trackingNumber),
    shippedAt: row.shippedAt,
    estimatedDeliveryAt: row.estimatedDeliveryAt ?? undefined,
    deliveredAt: row.deliveredAt ?? undefined,
  };
}

function toOrder(row: OrderRow, items: ItemRow[], shipment?: FulfillmentRow): Order {
  const status: OrderStatus = row.cancelledAt ? "cancelled" : (shipment?.status ?? "unfulfilled");
  return {
    id: row.id,
    name: row.name,
    customerId: row.customerId,
    status,
    placedAt: row.placedAt,
    cancelledAt: row.cancelledAt ?? undefined,
    items: items.map((item) => ({
      title: item.title,
      variant: item.variant ?? undefined,
      quantity: item.quantity,
      price: { amount: item.price / 100, currency: row.currency },
      finalSale: item.finalSale,
      giftCard: item.giftCard,
    })),
    total: { amount: row.total / 100, currency: row.currency },
    shippingCountry: row.shippingCountry,
    shipment: shipment ? toShipment(shipment) : undefined,
  };
}

/** The embedded demo store (DESIGN §11), read from D1. Three queries per call, whatever the number of orders. */
export function demoCommerce(d1: D1Database): CommerceBackend {
  const db = drizzle(d1);
  return {
    async listOrders(customerId) {
      const rows = await db
        .select()
        .from(orders)
        .where(eq(orders.customerId, customerId))
        .orderBy(desc(orders.placedAt))
        .limit(50);
      if (rows.length === 0) return [];
      const ids = rows.map((row) => row.id);
      const [items, shipments] = await Promise.all([
        db.select().from(orderItems).where(inArray(orderItems.orderId, ids)),
        db.select().from(fulfillments).where(inArray(fulfillments.orderId, ids)),
      ]);
      return rows.map((row) =>
        toOrder(
          row,
          items.filter((item) => item.orderId === row.id),
          shipments.find((shipment) => shipment.orderId === row.id),
        ),
      );
    },
  };
}
