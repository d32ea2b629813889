import { desc, eq, inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { discounts, fulfillments, loyaltyAccounts, orderItems, orders, products } from "../../db/schema";
import { trackingUrlFor } from "./carriers";
import { demoLookupOrder } from "./demo-lookup";
import { demoOrderWrites } from "./demo-order-writes";
import { demoSubscriptions } from "./demo-subscriptions";
import type { CatalogueProduct, CommerceBackend, Discount, Order, OrderStatus, Shipment } from "./types";

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
      id: item.id,
      productId: item.productId ?? undefined,
      title: item.title,
      variant: item.variant ?? undefined,
      quantity: item.quantity,
      price: { amount: item.price / 100, currency: row.currency },
      finalSale: item.finalSale,
      giftCard: item.giftCard,
    })),
    total: { amount: row.total / 100, currency: row.currency },
    shippingCountry: row.shippingCountry,
    shippingAddress: {
      name: row.shippingName,
      address1: row.shippingAddress1,
      postalCode: row.shippingPostalCode,
      city: row.shippingCity,
      country: row.shippingCountry,
    },
    shipment: shipment ? toShipment(shipment) : undefined,
    email: row.email,
  };
}

function toDiscount(row: typeof discounts.$inferSelect): Discount {
  return {
    code: row.code,
    description: row.description,
    kind: row.kind,
    value: row.value,
    isPublic: row.isPublic,
    customerId: row.customerId ?? undefined,
    firstOrderOnly: row.firstOrderOnly,
    minSubtotal: row.minSubtotal ? { amount: row.minSubtotal / 100, currency: "EUR" } : undefined,
    startsAt: row.startsAt,
    expiresAt: row.expiresAt ?? undefined,
  };
}

function toProduct(row: typeof products.$inferSelect): CatalogueProduct {
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    category: row.category,
    description: row.description,
    price: { amount: row.price / 100, currency: row.currency },
    image: row.image ?? undefined,
    tags: row.tags,
    variants: row.variants,
    available: row.available,
  };
}

/** The embedded demo store (DESIGN §11), read from D1. Three queries per call, whatever the number of orders. */
export function demoCommerce(d1: D1Database): CommerceBackend {
  const db = drizzle(d1);
  return {
    ...demoOrderWrites(db),
    ...demoSubscriptions(db),
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
    async loyaltyAccount(customerId) {
      const [row] = await db.select().from(loyaltyAccounts).where(eq(loyaltyAccounts.customerId, customerId));
      return row ? { points: row.points, tier: row.tier } : null;
    },
    async findDiscount(code) {
      const [row] = await db.select().from(discounts).where(eq(discounts.code, code.trim().toUpperCase()));
      return row ? toDiscount(row) : null;
    },
    async listDiscounts(customerId) {
      const rows = await db.select().from(discounts).orderBy(discounts.code);
      return rows.filter((row) => row.isPublic || (customerId && row.customerId === customerId)).map(toDiscount);
    },
    lookupOrder: (query) => demoLookupOrder(db, query),
    async listProducts() {
      // ~30 rows in the demo: one query, ranked in code. A large catalogue would search in the backend instead.
      const rows = await db.select().from(products).orderBy(products.id);
      return rows.map(toProduct);
    },
  };
}
