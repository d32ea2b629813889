import type { Money } from "../protocol";

/**
 * What skills may know about the store. Every account read is scoped to a customer id that came from the
 * conversation's verified auth context — there is deliberately no "get any order by name" method.
 */
export type OrderStatus = "unfulfilled" | "in_transit" | "out_for_delivery" | "delivered" | "cancelled";

export type OrderItem = {
  /** The line's own id: item changes name the line, not the product (an order may hold a product twice). */
  id: string;
  productId?: string;
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
  shippingAddress?: ShippingAddress;
  shipment?: Shipment;
  /** Where the store's emails about this order go (confirmation, returns). */
  email?: string;
};

export type ShippingAddress = { name: string; address1: string; postalCode: string; city: string; country: string };

/** Where an unshipped order goes instead; the recipient and the country stay those of the order. */
export type AddressChange = Pick<ShippingAddress, "address1" | "postalCode" | "city">;

export type OrderItemChange = { variant?: string; quantity?: number };

/**
 * The outcome of a write. `not_found` covers "not this customer's" too, so a write can never reveal another
 * shopper's order or subscription; `not_allowed` means the state no longer permits it (shipped, cancelled…).
 */
export type WriteResult = { ok: true } | { ok: false; error: "not_found" | "not_allowed" | "invalid" };

export type LoyaltyAccount = { points: number; tier: string };

export type SubscriptionStatus = "active" | "paused" | "cancelled";

/** How often a subscription charges and ships: every `count` weeks or months. */
export type Frequency = { unit: "week" | "month"; count: number };

export type Subscription = {
  id: string;
  customerId: string;
  product: { id: string; title: string };
  frequency: Frequency;
  status: SubscriptionStatus;
  /** Absent once cancelled. */
  nextChargeAt?: number;
  pausedUntil?: number;
};

/** Fields to set; `null` clears a date. */
export type SubscriptionChange = {
  status?: SubscriptionStatus;
  frequency?: Frequency;
  nextChargeAt?: number | null;
  pausedUntil?: number | null;
};

export type Discount = {
  code: string;
  description: string;
  kind: "percent" | "fixed";
  /** Percent for `percent` (10 = 10 %), minor units (cents) for `fixed`. */
  value: number;
  isPublic: boolean;
  /** Set for a code that belongs to one customer. */
  customerId?: string;
  firstOrderOnly: boolean;
  minSubtotal?: Money;
  startsAt: number;
  expiresAt?: number;
};

/** A product of the public catalogue; prices in the store's currency. */
export type CatalogueProduct = {
  id: string;
  handle: string;
  title: string;
  category: string;
  description: string;
  price: Money;
  /** Path or absolute url of the main image, as the store gives it. */
  image?: string;
  tags: string[];
  variants: string[];
  available: boolean;
};

/** What a shopper types into the returns portal to find an order without signing in. */
export type OrderLookup = { orderName?: string; email?: string; postalCode?: string; trackingNumber?: string };

export interface CommerceBackend {
  /** The customer's orders, newest first. */
  listOrders(customerId: string): Promise<Order[]>;
  // Order writes: each is scoped to the customer and refused once the order is cancelled or has shipped.
  cancelOrder(customerId: string, orderId: string): Promise<WriteResult>;
  updateShippingAddress(customerId: string, orderId: string, address: AddressChange): Promise<WriteResult>;
  /** Sets a line's variant and/or quantity and recomputes the order's totals (shipping unchanged). */
  changeOrderItem(customerId: string, orderId: string, itemId: string, change: OrderItemChange): Promise<WriteResult>;
  /** The customer's subscriptions, cancelled ones included. */
  listSubscriptions(customerId: string): Promise<Subscription[]>;
  updateSubscription(customerId: string, subscriptionId: string, change: SubscriptionChange): Promise<WriteResult>;
  /** The customer's loyalty account, or null when they have none. */
  loyaltyAccount(customerId: string): Promise<LoyaltyAccount | null>;
  /** A discount code exactly as stored (case-insensitive lookup), or null. */
  findDiscount(code: string): Promise<Discount | null>;
  /** Public codes, plus the customer's own when a customer id is given. */
  listDiscounts(customerId: string | null): Promise<Discount[]>;
  /** The whole public catalogue, unavailable products included (callers decide what to show). */
  listProducts(): Promise<CatalogueProduct[]>;
  /**
   * The owner and id of the order a portal lookup names, only when every factor given matches; null otherwise,
   * without saying which factor failed.
   */
  lookupOrder(query: OrderLookup): Promise<{ customerId: string; orderId: string; orderName: string } | null>;
}
