import type { DemoArticle } from "./types";

const source = (slug: string) => `https://shop.example.com/help/${slug}`;

export const articlesEn: DemoArticle[] = [
  {
    id: "policy-returns-en",
    lang: "en",
    title: "Returns and exchanges",
    source: source("returns"),
    markdown: `# Returns and exchanges

## Return window
You can return items within 30 days of delivery. Items must be unworn and in their original packaging.

## What cannot be returned
Final-sale items and gift cards cannot be returned.

## Countries
We do not accept returns from Norway or Switzerland.

## Refunds
Refunds are issued to your original payment method within 5 business days of receiving your return.

## Exchanges
Size and colour exchanges are free.

## Return shipping
Return shipping costs €3.95 with a drop-off point or €6.95 with home pickup (France only). Returns are free when the item is defective or we sent the wrong item.`,
  },
  {
    id: "policy-shipping-en",
    lang: "en",
    title: "Shipping and delivery",
    source: source("shipping"),
    markdown: `# Shipping and delivery

## Where we ship
We ship to the EU, the UK, the US and Canada.

## Delivery times and costs
Standard delivery in the EU takes 3–5 business days. Shipping is free on orders over €60. Express delivery takes 1–2 business days and costs €9.90.

## Tracking
You receive a tracking number by email as soon as your order ships.`,
  },
  {
    id: "policy-payments-en",
    lang: "en",
    title: "Payment methods",
    source: source("payments"),
    markdown: `# Payment methods

We accept Visa, Mastercard, American Express (Amex), PayPal, Apple Pay and BLIK. Your card is charged when you place the order.`,
  },
  {
    id: "policy-order-changes-en",
    lang: "en",
    title: "Changing or cancelling an order",
    source: source("order-changes"),
    markdown: `# Changing or cancelling an order

Orders can be changed or cancelled within 2 hours of purchase and before they ship. After that, you can return the items once they arrive.`,
  },
  {
    id: "policy-loyalty-en",
    lang: "en",
    title: "Loyalty programme",
    source: source("loyalty"),
    markdown: `# Loyalty programme

You earn 1 point for every €1 you spend. 500 points are worth a €5 voucher.

## Tiers
Silver starts at 0 points, Gold at 1,000 points and Platinum at 2,500 points.`,
  },
  {
    id: "policy-subscriptions-en",
    lang: "en",
    title: "Subscriptions",
    source: source("subscriptions"),
    markdown: `# Subscriptions

You can pause a subscription for up to 3 months, skip a delivery, or change the frequency to every 2, 4 or 6 weeks. You can cancel any time before the next billing date.`,
  },
  {
    id: "policy-contact-en",
    lang: "en",
    title: "Contact and opening hours",
    source: source("contact"),
    markdown: `# Contact and opening hours

Our support team is available Monday to Friday, 9:00–18:00 CET. Outside these hours, leave a message and we will reply on the next business day.`,
  },
  {
    id: "policy-care-en",
    lang: "en",
    title: "Product care and vegan skincare",
    source: source("care"),
    markdown: `# Product care and vegan skincare

## Skincare
All our skincare products are vegan and cruelty-free.

## Clothing care
Wash linen and cotton at 30 °C and dry flat. Hand-wash wool and cashmere in cold water.`,
  },
];
