import { describe, expect, it } from "vitest";
import { checkEligibility } from "../../../worker/returns/eligibility";
import { DEFAULT_RETURN_POLICY, type ReturnPolicy } from "../../../worker/returns/policy";
import type { EligibilityInput, ItemFacts, OrderFacts } from "../../../worker/returns/verdict";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const DELIVERED = NOW - 10 * DAY;

const item = (id: string, over: Partial<ItemFacts> = {}): ItemFacts => ({
  id,
  title: `Item ${id}`,
  quantity: 1,
  productId: `prod_${id}`,
  finalSale: false,
  giftCard: false,
  ...over,
});

const order = (over: Partial<OrderFacts> = {}): OrderFacts => ({
  name: "#1001",
  status: "delivered",
  placedAt: DELIVERED - 4 * DAY,
  deliveredAt: DELIVERED,
  shippingCountry: "FR",
  items: [item("a"), item("b")],
  ...over,
});

const check = (over: Partial<EligibilityInput> = {}, policy: Partial<ReturnPolicy> = {}) =>
  checkEligibility({ order: order(), now: NOW, ...over, policy: { ...DEFAULT_RETURN_POLICY, ...policy } });

describe("return window", () => {
  it("accepts a delivered order inside the window and gives the deadline 30 days after delivery", () => {
    const verdict = check();
    expect(verdict).toMatchObject({ eligible: true, reason: "eligible", deadline: DELIVERED + 30 * DAY });
    expect(verdict.windowStart).toEqual({ from: "delivery", at: DELIVERED });
    expect(verdict.items.every((i) => i.eligible && i.reason === "returnable")).toBe(true);
  });

  it("still accepts a return at the last millisecond of day 30", () => {
    const verdict = check({ now: DELIVERED + 30 * DAY });
    expect(verdict.eligible).toBe(true);
  });

  it("refuses one millisecond after the window ends and says when it ended", () => {
    const verdict = check({ now: DELIVERED + 30 * DAY + 1 });
    expect(verdict).toMatchObject({ eligible: false, reason: "window_expired", deadline: DELIVERED + 30 * DAY });
    expect(verdict.items.map((i) => i.reason)).toEqual(["window_expired", "window_expired"]);
  });

  it("refuses on day 31 and on day 45", () => {
    expect(check({ now: DELIVERED + 31 * DAY }).reason).toBe("window_expired");
    expect(check({ now: DELIVERED + 45 * DAY }).reason).toBe("window_expired");
  });

  it("counts from purchase when a delivered order has no delivery date", () => {
    const placedAt = NOW - 31 * DAY;
    const verdict = check({ order: order({ placedAt, deliveredAt: undefined }) });
    expect(verdict).toMatchObject({ reason: "window_expired", deadline: placedAt + 30 * DAY });
    expect(verdict.windowStart).toEqual({ from: "purchase", at: placedAt });
    expect(check({ order: order({ placedAt: NOW - 29 * DAY, deliveredAt: undefined }) }).eligible).toBe(true);
  });

  it("uses the merchant's window length", () => {
    expect(check({ now: DELIVERED + 20 * DAY }, { windowDays: 14 }).reason).toBe("window_expired");
    expect(check({ now: DELIVERED + 50 * DAY }, { windowDays: 60 }).eligible).toBe(true);
  });

  it("gives the same verdict for the same instant whatever the calendar day in any time zone", () => {
    // 23:30 UTC is already the next day in Paris: only the elapsed milliseconds matter.
    const late = Date.UTC(2026, 9, 1, 23, 30);
    const verdict = check({ order: order({ deliveredAt: late }), now: late + 30 * DAY });
    expect(verdict.eligible).toBe(true);
    expect(check({ order: order({ deliveredAt: late }), now: late + 30 * DAY + 1 }).eligible).toBe(false);
  });
});

describe("orders not delivered yet", () => {
  it("suggests cancelling an unfulfilled order instead of returning it", () => {
    const verdict = check({ order: order({ status: "unfulfilled", deliveredAt: undefined }) });
    expect(verdict).toMatchObject({ eligible: false, reason: "not_shipped", deadline: undefined });
    expect(verdict.alternatives).toEqual(["cancel_order", "contact_person"]);
    expect(verdict.items.every((i) => i.reason === "not_shipped")).toBe(true);
  });

  it.each(["in_transit", "out_for_delivery"] as const)("asks to wait for delivery when the order is %s", (status) => {
    const verdict = check({ order: order({ status, deliveredAt: undefined }) });
    expect(verdict).toMatchObject({ eligible: false, reason: "not_delivered", alternatives: ["wait_for_delivery"] });
    expect(verdict.returnMethods).toEqual([]);
  });

  it("has nothing to return for a cancelled order", () => {
    const verdict = check({ order: order({ status: "cancelled", deliveredAt: undefined }) });
    expect(verdict).toMatchObject({ eligible: false, reason: "cancelled", alternatives: [] });
  });
});

describe("countries", () => {
  it.each(["NO", "CH", "no"])("refuses returns from %s", (country) => {
    const verdict = check({ order: order({ shippingCountry: country }) });
    expect(verdict).toMatchObject({ eligible: false, reason: "blocked_country", alternatives: ["contact_person"] });
    expect(verdict.items.every((i) => i.reason === "blocked_country")).toBe(true);
  });

  it("names the blocked country before the window when both fail", () => {
    expect(check({ order: order({ shippingCountry: "NO" }), now: NOW + 60 * DAY }).reason).toBe("blocked_country");
  });

  it("follows the merchant's own list", () => {
    expect(check({ order: order({ shippingCountry: "NO" }) }, { blockedCountries: [] }).eligible).toBe(true);
    expect(check({ order: order({ shippingCountry: "PL" }) }, { blockedCountries: ["PL"] }).reason).toBe(
      "blocked_country",
    );
  });
});

describe("items that cannot be returned", () => {
  const mixed = order({
    name: "#1005",
    items: [item("scarf", { finalSale: true }), item("gift", { giftCard: true }), item("sweater")],
  });

  it("returns per-item verdicts for a mixed order: final sale and gift card refused, the sweater accepted", () => {
    const verdict = check({ order: mixed });
    expect(verdict).toMatchObject({ eligible: true, reason: "partially_eligible" });
    expect(verdict.items.map((i) => [i.itemId, i.eligible, i.reason])).toEqual([
      ["scarf", false, "final_sale"],
      ["gift", false, "gift_card"],
      ["sweater", true, "returnable"],
    ]);
  });

  it("keeps an item's own reason when the order is refused too", () => {
    const verdict = check({ order: mixed, now: NOW + 60 * DAY });
    expect(verdict.items.map((i) => i.reason)).toEqual(["final_sale", "gift_card", "window_expired"]);
  });

  it("says nothing is returnable when every item is excluded", () => {
    const verdict = check({ order: order({ items: [item("gift", { giftCard: true })] }) });
    expect(verdict).toMatchObject({ eligible: false, reason: "nothing_returnable", alternatives: ["contact_person"] });
  });

  it("excludes configured products and categories", () => {
    const shop = order({ items: [item("a"), item("b", { category: "skincare" }), item("c")] });
    const verdict = check(
      { order: shop },
      { nonReturnableProductIds: ["prod_a"], nonReturnableCategories: ["skincare"] },
    );
    expect(verdict.items.map((i) => i.reason)).toEqual(["excluded_product", "excluded_category", "returnable"]);
  });

  it("lets a merchant accept final-sale items and gift cards", () => {
    const verdict = check({ order: mixed }, { finalSaleReturnable: true, giftCardsReturnable: true });
    expect(verdict.reason).toBe("eligible");
  });
});

describe("quantities already returned", () => {
  const two = order({ items: [item("tee", { quantity: 2 }), item("cap")] });

  it("offers only the units not yet returned", () => {
    const verdict = check({ order: two, returned: { tee: 1 } });
    expect(verdict.items[0]).toMatchObject({ eligible: true, quantity: 2, returnableQuantity: 1 });
  });

  it("refuses a line whose every unit is already in a return", () => {
    const verdict = check({ order: two, returned: { tee: 2, cap: 1 } });
    expect(verdict).toMatchObject({ eligible: false, reason: "nothing_returnable" });
    expect(verdict.items.map((i) => [i.reason, i.returnableQuantity])).toEqual([
      ["already_returned", 0],
      ["already_returned", 0],
    ]);
  });

  it("never offers a negative quantity when more was returned than ordered", () => {
    expect(check({ order: two, returned: { tee: 5 } }).items[0]).toMatchObject({ returnableQuantity: 0 });
  });
});

describe("return and refund methods", () => {
  it("offers drop-off and home pickup in France at their prices", () => {
    expect(check().returnMethods).toEqual([
      { kind: "drop_off", price: { amount: 3.95, currency: "EUR" }, free: false },
      { kind: "home_pickup", price: { amount: 6.95, currency: "EUR" }, free: false },
    ]);
  });

  it("offers only drop-off outside France", () => {
    expect(check({ order: order({ shippingCountry: "PL" }) }).returnMethods.map((m) => m.kind)).toEqual(["drop_off"]);
  });

  it.each(["defective", "wrong_item"] as const)("makes every method free when the item is %s", (condition) => {
    const verdict = check({ condition });
    expect(verdict.returnMethods.map((m) => [m.price.amount, m.free])).toEqual([
      [0, true],
      [0, true],
    ]);
    expect(verdict.trace).toContainEqual(expect.objectContaining({ rule: "condition", detail: expect.any(String) }));
  });

  it("does not let a defect reopen an expired window (a person decides that)", () => {
    expect(check({ condition: "defective", now: NOW + 60 * DAY })).toMatchObject({
      eligible: false,
      reason: "window_expired",
      returnMethods: [],
      alternatives: ["contact_person"],
    });
  });

  it("offers the merchant's refund methods, and exchange or store credit as the alternatives", () => {
    const verdict = check();
    expect(verdict.refundMethods).toEqual(["original_payment", "exchange", "store_credit"]);
    expect(verdict.alternatives).toEqual(["exchange", "store_credit"]);
    expect(check({}, { refundMethods: ["store_credit"] }).alternatives).toEqual(["store_credit"]);
  });

  it("offers no methods when nothing can be returned", () => {
    const verdict = check({ now: NOW + 60 * DAY });
    expect(verdict.returnMethods).toEqual([]);
    expect(verdict.refundMethods).toEqual([]);
  });
});

describe("trace for the merchant", () => {
  it("records every rule with its outcome and the facts it used", () => {
    const verdict = check({ order: order({ shippingCountry: "NO" }) });
    expect(verdict.trace.map((s) => [s.rule, s.outcome])).toEqual([
      ["order_status", "pass"],
      ["country", "fail"],
      ["window", "pass"],
      ["item", "fail"],
      ["item", "fail"],
      ["verdict", "fail"],
    ]);
    expect(verdict.trace[1]!.detail).toMatch(/shipped to NO; returns not accepted from \[NO, CH\]/);
    expect(verdict.trace[2]!.detail).toContain(new Date(DELIVERED + 30 * DAY).toISOString());
  });

  it("is deterministic: the same input gives the same verdict", () => {
    expect(check()).toEqual(check());
  });
});
