import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { seedDemoStore } from "../../../db/seed";
import { demoCommerce } from "../../../worker/commerce/demo";

const store = () => demoCommerce(env.DB);
const order = async (customerId: string, name: string) =>
  (await store().listOrders(customerId)).find((candidate) => candidate.name === name)!;

// Writes persist across the tests of a file: each test starts from the freshly seeded demo store.
beforeEach(async () => {
  await seedDemoStore(env.DB);
});

describe("demo store writes are scoped to the customer and to the order's state", () => {
  it("changes nothing on another customer's order and answers as if it did not exist", async () => {
    const before = await order("cust_alice", "#1004");
    expect(await store().cancelOrder("cust_bartek", "ord_1004")).toEqual({ ok: false, error: "not_found" });
    expect(
      await store().updateShippingAddress("cust_bartek", "ord_1004", {
        address1: "ul. Długa 5",
        postalCode: "00-238",
        city: "Warszawa",
      }),
    ).toEqual({ ok: false, error: "not_found" });
    expect(await store().changeOrderItem("cust_bartek", "ord_1004", before.items[0]!.id, { quantity: 5 })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await store().cancelOrder("cust_alice", "ord_9999")).toEqual({ ok: false, error: "not_found" });
    expect(await order("cust_alice", "#1004")).toEqual(before);
  });

  it("refuses to change an order that has shipped or was cancelled", async () => {
    const shipped = await order("cust_alice", "#1003");
    expect(await store().cancelOrder("cust_alice", "ord_1003")).toEqual({ ok: false, error: "not_allowed" });
    expect(await store().changeOrderItem("cust_alice", "ord_1003", shipped.items[0]!.id, { quantity: 2 })).toEqual({
      ok: false,
      error: "not_allowed",
    });
    expect(await store().cancelOrder("cust_alice", "ord_1004")).toEqual({ ok: true });
    expect(await store().cancelOrder("cust_alice", "ord_1004")).toEqual({ ok: false, error: "not_allowed" });
    expect((await order("cust_alice", "#1003")).status).toBe("in_transit");
  });

  it("changes a line's variant and quantity together with the order's totals", async () => {
    const before = await order("cust_alice", "#1004");
    const beans = before.items.find((item) => item.title.startsWith("House Espresso"))!;
    expect(
      await store().changeOrderItem("cust_alice", "ord_1004", beans.id, { variant: "Ground", quantity: 1 }),
    ).toEqual({
      ok: true,
    });
    const after = await order("cust_alice", "#1004");
    expect(after.items.find((item) => item.id === beans.id)).toMatchObject({ variant: "Ground", quantity: 1 });
    expect(after.total.amount).toBe(before.total.amount - beans.price.amount);
  });

  it("accepts only variants the product comes in and sensible quantities", async () => {
    const beans = (await order("cust_alice", "#1004")).items[0]!;
    expect(await store().changeOrderItem("cust_alice", "ord_1004", beans.id, { variant: "XXL" })).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await store().changeOrderItem("cust_alice", "ord_1004", beans.id, { quantity: 0 })).toEqual({
      ok: false,
      error: "invalid",
    });
  });

  it("lists and updates subscriptions only for their owner; a cancelled one stays cancelled", async () => {
    expect(await store().listSubscriptions("cust_alice")).toEqual([]);
    expect(await store().updateSubscription("cust_alice", "sub_carol_coffee", { status: "cancelled" })).toEqual({
      ok: false,
      error: "not_found",
    });
    const [coffee] = await store().listSubscriptions("cust_carol");
    expect(coffee).toMatchObject({
      product: { title: "Coffee Subscription (monthly)" },
      frequency: { unit: "month", count: 1 },
      status: "active",
    });
    expect(
      await store().updateSubscription("cust_carol", "sub_carol_coffee", { frequency: { unit: "week", count: 4 } }),
    ).toEqual({ ok: true });
    expect((await store().listSubscriptions("cust_carol"))[0]!.frequency).toEqual({ unit: "week", count: 4 });
    await store().updateSubscription("cust_carol", "sub_carol_coffee", { status: "cancelled", nextChargeAt: null });
    expect(await store().updateSubscription("cust_carol", "sub_carol_coffee", { status: "active" })).toEqual({
      ok: false,
      error: "not_allowed",
    });
  });
});
