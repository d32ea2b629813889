import { describe, expect, it } from "vitest";
import type { Order } from "../../../worker/commerce/types";
import { normalizeOrderName, orderNamesIn, selectOrder } from "../../../worker/skills/order-tracking/select-order";

const order = (name: string, status: Order["status"], placedAt: number): Order => ({
  id: name,
  name,
  customerId: "c",
  status,
  placedAt,
  items: [],
  total: { amount: 1, currency: "EUR" },
  shippingCountry: "FR",
});

// Newest first, as the backend returns them.
const orders = [
  order("#1005", "delivered", 5),
  order("#1004", "in_transit", 4),
  order("#1003", "unfulfilled", 3),
  order("#1001", "delivered", 1),
];

describe("choosing the order a shopper means", () => {
  it("takes the named order", () => {
    expect(selectOrder(orders, "#1003")).toMatchObject({ order: { name: "#1003" }, selectedBy: "named" });
  });

  it("treats an order that is not in the shopper's list exactly like a missing one", () => {
    expect(selectOrder(orders, "9003")).toEqual({ error: "order_not_found", orderName: "#9003", others: orders });
  });

  it("falls back to the most recent open order, then the most recent", () => {
    expect(selectOrder(orders)).toMatchObject({ order: { name: "#1004" }, selectedBy: "most_recent_open" });
    expect(selectOrder([orders[0]!, orders[3]!])).toMatchObject({
      order: { name: "#1005" },
      selectedBy: "most_recent",
    });
    expect(selectOrder([])).toEqual({ error: "no_orders" });
  });

  it("reads order numbers the way shoppers write them", () => {
    expect(orderNamesIn("where is #1003 and 1004? also n° 2001")).toEqual(["#1003", "#1004", "#2001"]);
    expect(orderNamesIn("I ordered 2 shirts")).toEqual([]);
    expect(normalizeOrderName("order # 1003")).toBe("#1003");
    expect(normalizeOrderName("none")).toBeNull();
  });
});
