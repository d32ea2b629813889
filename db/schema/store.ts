import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// The demo commerce backend (DESIGN §10–§11). Money is integer cents; times are epoch milliseconds.

export const customers = sqliteTable("customers", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  phone: text("phone"),
  firstName: text("first_name").notNull(),
  lastName: text("last_name").notNull(),
  locale: text("locale").notNull(),
  country: text("country").notNull(),
  city: text("city"),
  postalCode: text("postal_code"),
  createdAt: integer("created_at").notNull(),
});

export const products = sqliteTable("products", {
  id: text("id").primaryKey(),
  handle: text("handle").notNull().unique(),
  title: text("title").notNull(),
  category: text("category").notNull(),
  description: text("description").notNull(),
  price: integer("price").notNull(),
  currency: text("currency").notNull(),
  image: text("image"),
  tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
  variants: text("variants", { mode: "json" }).$type<string[]>().notNull(),
  available: integer("available", { mode: "boolean" }).notNull(),
});

export const orders = sqliteTable(
  "orders",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull().unique(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    email: text("email").notNull(),
    placedAt: integer("placed_at").notNull(),
    cancelledAt: integer("cancelled_at"),
    currency: text("currency").notNull(),
    subtotal: integer("subtotal").notNull(),
    shipping: integer("shipping").notNull(),
    total: integer("total").notNull(),
    shippingName: text("shipping_name").notNull(),
    shippingAddress1: text("shipping_address1").notNull(),
    shippingCity: text("shipping_city").notNull(),
    shippingPostalCode: text("shipping_postal_code").notNull(),
    shippingCountry: text("shipping_country").notNull(),
  },
  (t) => [index("orders_customer_idx").on(t.customerId, t.placedAt)],
);

export const orderItems = sqliteTable(
  "order_items",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    productId: text("product_id").references(() => products.id),
    title: text("title").notNull(),
    variant: text("variant"),
    quantity: integer("quantity").notNull(),
    price: integer("price").notNull(),
    finalSale: integer("final_sale", { mode: "boolean" }).notNull().default(false),
    giftCard: integer("gift_card", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("order_items_order_idx").on(t.orderId)],
);

export const fulfillments = sqliteTable(
  "fulfillments",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    status: text("status", { enum: ["in_transit", "out_for_delivery", "delivered"] }).notNull(),
    carrier: text("carrier").notNull(),
    trackingNumber: text("tracking_number").notNull(),
    trackingUrl: text("tracking_url").notNull(),
    shippedAt: integer("shipped_at").notNull(),
    estimatedDeliveryAt: integer("estimated_delivery_at"),
    deliveredAt: integer("delivered_at"),
  },
  (t) => [index("fulfillments_order_idx").on(t.orderId)],
);

export const discounts = sqliteTable("discounts", {
  code: text("code").primaryKey(),
  description: text("description").notNull(),
  kind: text("kind", { enum: ["percent", "fixed"] }).notNull(),
  value: integer("value").notNull(),
  isPublic: integer("is_public", { mode: "boolean" }).notNull(),
  customerId: text("customer_id").references(() => customers.id),
  firstOrderOnly: integer("first_order_only", { mode: "boolean" }).notNull().default(false),
  minSubtotal: integer("min_subtotal"),
  startsAt: integer("starts_at").notNull(),
  expiresAt: integer("expires_at"),
});

export const subscriptions = sqliteTable("subscriptions", {
  id: text("id").primaryKey(),
  customerId: text("customer_id")
    .notNull()
    .references(() => customers.id),
  productId: text("product_id")
    .notNull()
    .references(() => products.id),
  frequencyWeeks: integer("frequency_weeks"),
  frequencyMonths: integer("frequency_months"),
  status: text("status", { enum: ["active", "paused", "cancelled"] }).notNull(),
  nextChargeAt: integer("next_charge_at"),
  pausedUntil: integer("paused_until"),
});

export const loyaltyAccounts = sqliteTable("loyalty_accounts", {
  customerId: text("customer_id")
    .primaryKey()
    .references(() => customers.id),
  points: integer("points").notNull(),
  tier: text("tier").notNull(),
});
