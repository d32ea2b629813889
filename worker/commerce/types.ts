import type { Money } from "../protocol";

/**
 * What skills may know about the store. Every account read is scoped to a customer id that came from the
 * conversation's verified auth context — there is deliberately no "get any order by name" method.
 */
export type OrderStatus = "unfulfilled" | "in_transit" | "out_for_delivery" | "delivered" | "cancelled";

export type OrderItem = {
  title: string;
  variant?: string;
  quantity: number;
  price: Money;
  finalSale: boolean;
  giftCard: boolean;
};

export type Shipment = {
  status: "in_transit" | "out_for_delivery" | "delivered";
  carrier: string;
  trackingNumber: string;
  trackingUrl?: string;
  shippedAt: number;
  estimatedDeliveryAt?: number;
  deliveredAt?: number;
};

export type Order = {
  id: string;
  name: string;
  customerId: string;
  status: OrderStatus;
  placedAt: number;
  cancelledAt?: number;
  items: OrderItem[];
  total: Money;
  shippingCountry: string;
  shipment?: Shipment;
};

export type LoyaltyAccount = { points: number; tier: string };

export type Discount = {
  code: string;
  description: string;
  kind: "percent" | "fixed";
  value: number;
  isPublic: boolean;
  /** Set for a code that belongs to one customer. */
  customerId?: string;
  firstOrderOnly: boolean;
  minSubtotal?: Money;
  startsAt: number;
  expiresAt?: number;
};

export interface CommerceBackend {
  /** The customer's orders, newest first. */
  listOrders(customerId: string): Promise<Order[]>;
  /** The customer's loyalty account, or null when they have none. */
  loyaltyAccount(customerId: string): Promise<LoyaltyAccount | null>;
  /** A discount code exactly as stored (case-insensitive lookup), or null. */
  findDiscount(code: string): Promise<Discount | null>;
  /** Public codes, plus the customer's own when a customer id is given. */
  listDiscounts(customerId: string | null): Promise<Discount[]>;
}
