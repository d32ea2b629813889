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

export interface CommerceBackend {
  /** The customer's orders, newest first. */
  listOrders(customerId: string): Promise<Order[]>;
}
