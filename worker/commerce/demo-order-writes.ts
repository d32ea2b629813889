import { and, eq, inArray, isNull, notExists, type SQL, sql } from "drizzle-orm";
import type { DrizzleD1Database } from "drizzle-orm/d1";
import { fulfillments, orderItems, orders, products } from "../../db/schema";
import type { AddressChange, CommerceBackend, OrderItemChange, WriteResult } from "./types";

type OrderWrites = Pick<CommerceBackend, "cancelOrder" | "updateShippingAddress" | "changeOrderItem">;

const MAX_QUANTITY = 99;

/**
 * Order writes of the demo store. Every statement carries its own guard — this customer's order, not cancelled,
 * nothing shipped — so a write for someone else's order, or one that shipped a second ago, changes no row.
 */
export function demoOrderWrites(db: DrizzleD1Database): OrderWrites {
  const changeable = (customerId: string, orderId: string): SQL =>
    and(
      eq(orders.id, orderId),
      eq(orders.customerId, customerId),
      isNull(orders.cancelledAt),
      notExists(db.select({ id: fulfillments.id }).from(fulfillments).where(eq(fulfillments.orderId, orders.id))),
    )!;

  /** Why a guarded write changed nothing: the order is not this customer's (or absent), or its state forbids it. */
  async function refusal(customerId: string, orderId: string): Promise<WriteResult> {
    const [row] = await db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.customerId, customerId)));
    return { ok: false, error: row ? "not_allowed" : "not_found" };
  }

  async function guardedUpdate(customerId: string, orderId: string, set: Partial<typeof orders.$inferInsert>) {
    const result = await db.update(orders).set(set).where(changeable(customerId, orderId)).run();
    return result.meta.changes === 1 ? ({ ok: true } as const) : refusal(customerId, orderId);
  }

  /** The variants the line's product comes in, or null when the line is not on this customer's order. */
  async function lineVariants(customerId: string, orderId: string, itemId: string): Promise<string[] | null> {
    const [line] = await db
      .select({ variants: products.variants })
      .from(orderItems)
      .innerJoin(orders, eq(orders.id, orderItems.orderId))
      .leftJoin(products, eq(products.id, orderItems.productId))
      .where(and(eq(orderItems.id, itemId), eq(orders.id, orderId), eq(orders.customerId, customerId)));
    return line ? (line.variants ?? []) : null;
  }

  return {
    cancelOrder: (customerId, orderId) => guardedUpdate(customerId, orderId, { cancelledAt: Date.now() }),

    updateShippingAddress: (customerId, orderId, address: AddressChange) =>
      guardedUpdate(customerId, orderId, {
        shippingAddress1: address.address1,
        shippingPostalCode: address.postalCode,
        shippingCity: address.city,
      }),

    async changeOrderItem(customerId, orderId, itemId, change: OrderItemChange) {
      const variants = await lineVariants(customerId, orderId, itemId);
      if (!variants) return { ok: false, error: "not_found" };
      const { variant, quantity } = change;
      if (variant === undefined && quantity === undefined) return { ok: false, error: "invalid" };
      if (variant !== undefined && !variants.includes(variant)) return { ok: false, error: "invalid" };
      if (quantity !== undefined && (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY)) {
        return { ok: false, error: "invalid" };
      }
      const lineSubtotal = sql`(SELECT SUM(${orderItems.price} * ${orderItems.quantity}) FROM ${orderItems} WHERE ${orderItems.orderId} = ${orders.id})`;
      // One batch is one transaction: the line and the totals change together or not at all.
      const [lineUpdate] = await db.batch([
        db
          .update(orderItems)
          .set({ ...(variant !== undefined && { variant }), ...(quantity !== undefined && { quantity }) })
          .where(
            and(
              eq(orderItems.id, itemId),
              inArray(
                orderItems.orderId,
                db.select({ id: orders.id }).from(orders).where(changeable(customerId, orderId)),
              ),
            ),
          ),
        db
          .update(orders)
          .set({ subtotal: lineSubtotal, total: sql`${lineSubtotal} + ${orders.shipping}` })
          .where(changeable(customerId, orderId)),
      ]);
      return lineUpdate.meta.changes === 1 ? { ok: true } : refusal(customerId, orderId);
    },
  };
}
