import type { customers, discounts, fulfillments, loyaltyAccounts, orderItems, orders, subscriptions } from "../schema";
import { catalogue } from "./catalogue";

// The demo store of DESIGN §11 (a contract: tests and evaluation rely on it). Every date is relative to `now`,
// so "#1004 placed 1 hour ago" stays true whenever the store is (re)seeded.

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Item = [
  productHandle: string,
  variant: string | null,
  quantity: number,
  flags?: { finalSale?: boolean; giftCard?: boolean },
];

const price = (handle: string) => {
  const product = catalogue.find((p) => p.handle === handle);
  if (!product) throw new Error(`demo seed: unknown product ${handle}`);
  return product;
};

const ADDRESSES = {
  alice: {
    shippingName: "Alice Martin",
    shippingAddress1: "12 rue Oberkampf",
    shippingCity: "Paris",
    shippingPostalCode: "75011",
    shippingCountry: "FR",
  },
  bartek: {
    shippingName: "Bartek Nowak",
    shippingAddress1: "ul. Marszałkowska 1",
    shippingCity: "Warszawa",
    shippingPostalCode: "00-001",
    shippingCountry: "PL",
  },
  bartekNorway: {
    shippingName: "Bartek Nowak",
    shippingAddress1: "Karl Johans gate 5",
    shippingCity: "Oslo",
    shippingPostalCode: "0154",
    shippingCountry: "NO",
  },
  carol: {
    shippingName: "Carol Smith",
    shippingAddress1: "500 Howard St",
    shippingCity: "San Francisco",
    shippingPostalCode: "94103",
    shippingCountry: "US",
  },
};

type OrderSpec = {
  name: string;
  customer: "alice" | "bartek" | "carol";
  email: string;
  address: keyof typeof ADDRESSES;
  placedDaysAgo: number;
  items: Item[];
  shipment?: {
    carrier: string;
    trackingNumber: string;
    shippedDaysAgo: number;
    deliveredDaysAgo?: number;
    etaInDays?: number;
  };
};

const ORDERS: OrderSpec[] = [
  {
    name: "#1001",
    customer: "alice",
    email: "alice@example.com",
    address: "alice",
    placedDaysAgo: 14,
    items: [
      ["linen-shirt", "M", 1],
      ["canvas-tote", "Natural", 1],
    ],
    shipment: { carrier: "colissimo", trackingNumber: "6A10010000001", shippedDaysAgo: 13, deliveredDaysAgo: 10 },
  },
  {
    name: "#1002",
    customer: "alice",
    email: "alice@example.com",
    address: "alice",
    placedDaysAgo: 50,
    items: [
      ["merino-beanie", "One size", 1],
      ["striped-tee", "S", 2],
    ],
    shipment: { carrier: "colissimo", trackingNumber: "6A10020000002", shippedDaysAgo: 48, deliveredDaysAgo: 45 },
  },
  {
    name: "#1003",
    customer: "alice",
    email: "alice@example.com",
    address: "alice",
    placedDaysAgo: 3,
    items: [
      ["organic-cotton-hoodie", "M", 1],
      ["vegan-face-cream", "50 ml", 1],
    ],
    shipment: { carrier: "colissimo", trackingNumber: "6A10030000003", shippedDaysAgo: 2, etaInDays: 2 },
  },
  {
    name: "#1004",
    customer: "alice",
    email: "alice@example.com",
    address: "alice",
    placedDaysAgo: 1 / 24,
    items: [
      ["espresso-beans", "Whole bean", 2],
      ["pour-over-set", "White", 1],
    ],
  },
  {
    name: "#1005",
    customer: "alice",
    email: "alice@example.com",
    address: "alice",
    placedDaysAgo: 9,
    items: [
      ["silk-scarf", "One size", 1, { finalSale: true }],
      ["gift-card-50", "Digital", 1, { giftCard: true }],
      ["cashmere-blend-sweater", "M", 1],
    ],
    shipment: { carrier: "colissimo", trackingNumber: "6A10050000005", shippedDaysAgo: 8, deliveredDaysAgo: 5 },
  },
  {
    name: "#2001",
    customer: "bartek",
    email: "bartek@example.com",
    address: "bartek",
    placedDaysAgo: 11,
    items: [["running-sneakers", "43", 1]],
    shipment: { carrier: "inpost", trackingNumber: "620010000000000002001", shippedDaysAgo: 9, deliveredDaysAgo: 7 },
  },
  {
    name: "#2002",
    customer: "bartek",
    email: "bartek@example.com",
    address: "bartekNorway",
    placedDaysAgo: 12,
    items: [["rain-jacket", "L", 1]],
    shipment: { carrier: "dhl", trackingNumber: "JD0140000000002002", shippedDaysAgo: 10, deliveredDaysAgo: 6 },
  },
  {
    name: "#3001",
    customer: "carol",
    email: "carol@example.com",
    address: "carol",
    placedDaysAgo: 6,
    items: [
      ["pour-over-set", "Charcoal", 1],
      ["single-origin-ethiopia", "Ground", 2],
    ],
    shipment: { carrier: "ups", trackingNumber: "1Z999AA10000003001", shippedDaysAgo: 4, deliveredDaysAgo: 1 },
  },
];

const SHIPPING_FEE = { FR: 495, PL: 795, NO: 1495, US: 1495 } as Record<string, number>;

export function demoStore(now: number) {
  const ago = (days: number) => Math.round(now - days * DAY);
  const customerRows: (typeof customers.$inferInsert)[] = [
    {
      id: "cust_alice",
      email: "alice@example.com",
      phone: "+33612345678",
      firstName: "Alice",
      lastName: "Martin",
      locale: "fr",
      country: "FR",
      city: "Paris",
      postalCode: "75011",
      createdAt: ago(400),
    },
    {
      id: "cust_bartek",
      email: "bartek@example.com",
      phone: "+48501234567",
      firstName: "Bartek",
      lastName: "Nowak",
      locale: "pl",
      country: "PL",
      city: "Warszawa",
      postalCode: "00-001",
      createdAt: ago(200),
    },
    {
      id: "cust_carol",
      email: "carol@example.com",
      phone: "+14155550123",
      firstName: "Carol",
      lastName: "Smith",
      locale: "en",
      country: "US",
      city: "San Francisco",
      postalCode: "94103",
      createdAt: ago(700),
    },
  ];

  const orderRows: (typeof orders.$inferInsert)[] = [];
  const itemRows: (typeof orderItems.$inferInsert)[] = [];
  const fulfillmentRows: (typeof fulfillments.$inferInsert)[] = [];
  for (const spec of ORDERS) {
    const id = `ord_${spec.name.slice(1)}`;
    const address = ADDRESSES[spec.address];
    let subtotal = 0;
    spec.items.forEach(([handle, variant, quantity, flags], index) => {
      const product = price(handle);
      subtotal += product.price * quantity;
      itemRows.push({
        id: `${id}_${index + 1}`,
        orderId: id,
        productId: product.id,
        title: product.title,
        variant,
        quantity,
        price: product.price,
        finalSale: flags?.finalSale ?? false,
        giftCard: flags?.giftCard ?? false,
      });
    });
    // Free shipping over €60 within the EU (DESIGN §11).
    const shipping =
      subtotal >= 6000 && ["FR", "PL"].includes(address.shippingCountry)
        ? 0
        : (SHIPPING_FEE[address.shippingCountry] ?? 995);
    orderRows.push({
      id,
      name: spec.name,
      customerId: `cust_${spec.customer}`,
      email: spec.email,
      placedAt: ago(spec.placedDaysAgo),
      currency: "EUR",
      subtotal,
      shipping,
      total: subtotal + shipping,
      ...address,
    });
    const s = spec.shipment;
    if (s) {
      fulfillmentRows.push({
        id: `ful_${spec.name.slice(1)}`,
        orderId: id,
        status: s.deliveredDaysAgo === undefined ? "in_transit" : "delivered",
        carrier: s.carrier,
        trackingNumber: s.trackingNumber,
        trackingUrl: "",
        shippedAt: ago(s.shippedDaysAgo),
        estimatedDeliveryAt: s.etaInDays === undefined ? null : Math.round(now + s.etaInDays * DAY),
        deliveredAt: s.deliveredDaysAgo === undefined ? null : ago(s.deliveredDaysAgo),
      });
    }
  }

  const discountRows: (typeof discounts.$inferInsert)[] = [
    {
      code: "WELCOME10",
      description: "10% off your first order",
      kind: "percent",
      value: 10,
      isPublic: true,
      firstOrderOnly: true,
      startsAt: ago(365),
    },
    {
      code: "VIP20",
      description: "20% off for our Gold members",
      kind: "percent",
      value: 20,
      isPublic: false,
      customerId: "cust_carol",
      startsAt: ago(30),
      expiresAt: ago(-60),
    },
    {
      code: "SUMMER5",
      description: "€5 off summer orders over €40",
      kind: "fixed",
      value: 500,
      isPublic: true,
      minSubtotal: 4000,
      startsAt: ago(120),
      expiresAt: ago(30),
    },
  ];
  const subscriptionRows: (typeof subscriptions.$inferInsert)[] = [
    {
      id: "sub_carol_coffee",
      customerId: "cust_carol",
      productId: "prod_coffee-subscription",
      frequencyMonths: 1,
      status: "active",
      nextChargeAt: ago(-12),
    },
  ];
  const loyaltyRows: (typeof loyaltyAccounts.$inferInsert)[] = [
    { customerId: "cust_carol", points: 1250, tier: "Gold" },
  ];

  return {
    customerRows,
    products: catalogue,
    orderRows,
    itemRows,
    fulfillmentRows,
    discountRows,
    subscriptionRows,
    loyaltyRows,
  };
}
