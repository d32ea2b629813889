import { describe, expect, it } from "vitest";
import type { Discount } from "../../../worker/commerce/types";
import { evaluateDiscount, isRunning, visibleTo } from "../../../worker/skills/discounts/evaluate";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 15);

const code = (overrides: Partial<Discount> = {}): Discount => ({
  code: "TEST10",
  description: "10% off",
  kind: "percent",
  value: 10,
  isPublic: true,
  firstOrderOnly: false,
  startsAt: NOW - 10 * DAY,
  ...overrides,
});

const anonymous = { customerId: null };
const eur = (amount: number) => ({ amount, currency: "EUR" });

describe("whether a discount code works for a shopper", () => {
  it("accepts a running public code", () => {
    expect(evaluateDiscount(code(), anonymous, NOW)).toEqual({ valid: true });
  });

  it("reports an unknown code as not found", () => {
    expect(evaluateDiscount(null, anonymous, NOW)).toEqual({ valid: false, reason: "not_found" });
  });

  it("answers another customer's personal code exactly like an unknown one, even before checking its dates", () => {
    const vip = code({ isPublic: false, customerId: "cust_carol", expiresAt: NOW - DAY });
    const unknown = evaluateDiscount(null, { customerId: "cust_alice" }, NOW);
    expect(evaluateDiscount(vip, { customerId: "cust_alice" }, NOW)).toEqual(unknown);
    expect(evaluateDiscount(vip, anonymous, NOW)).toEqual(unknown);
    expect(visibleTo(vip, "cust_alice")).toBe(false);
  });

  it("accepts a personal code for its owner", () => {
    const vip = code({ isPublic: false, customerId: "cust_carol" });
    expect(evaluateDiscount(vip, { customerId: "cust_carol" }, NOW)).toEqual({ valid: true });
  });

  it("says when an expired code ended", () => {
    const expiredAt = NOW - 30 * DAY;
    expect(evaluateDiscount(code({ expiresAt: expiredAt }), anonymous, NOW)).toEqual({
      valid: false,
      reason: "expired",
      expiredAt,
    });
  });

  it("treats the expiry instant itself as expired", () => {
    expect(evaluateDiscount(code({ expiresAt: NOW }), anonymous, NOW)).toMatchObject({ reason: "expired" });
  });

  it("says when a code that has not started yet begins", () => {
    const startsAt = NOW + 3 * DAY;
    expect(evaluateDiscount(code({ startsAt }), anonymous, NOW)).toEqual({
      valid: false,
      reason: "not_started",
      startsAt,
    });
  });

  it("refuses a first-order code to a signed-in shopper who already has orders", () => {
    const welcome = code({ firstOrderOnly: true });
    expect(evaluateDiscount(welcome, { customerId: "cust_alice", previousOrders: 5 }, NOW)).toEqual({
      valid: false,
      reason: "first_order_only",
    });
  });

  it("accepts a first-order code when the shopper has no orders or is anonymous (we do not know otherwise)", () => {
    const welcome = code({ firstOrderOnly: true });
    expect(evaluateDiscount(welcome, { customerId: "cust_new", previousOrders: 0 }, NOW).valid).toBe(true);
    expect(evaluateDiscount(welcome, anonymous, NOW).valid).toBe(true);
  });

  it("refuses a code below its minimum subtotal and gives both amounts", () => {
    const summer = code({ minSubtotal: eur(40) });
    expect(evaluateDiscount(summer, { ...anonymous, subtotal: eur(30) }, NOW)).toEqual({
      valid: false,
      reason: "min_subtotal",
      minSubtotal: eur(40),
      subtotal: eur(30),
    });
    expect(evaluateDiscount(summer, { ...anonymous, subtotal: eur(40) }, NOW).valid).toBe(true);
  });

  it("does not judge the minimum when the basket is unknown or in another currency", () => {
    const summer = code({ minSubtotal: eur(40) });
    expect(evaluateDiscount(summer, anonymous, NOW).valid).toBe(true);
    expect(evaluateDiscount(summer, { ...anonymous, subtotal: { amount: 30, currency: "PLN" } }, NOW).valid).toBe(true);
  });

  it("gives the expiry before any other reason", () => {
    const old = code({ expiresAt: NOW - DAY, minSubtotal: eur(40), firstOrderOnly: true });
    const verdict = evaluateDiscount(old, { customerId: "c", previousOrders: 2, subtotal: eur(10) }, NOW);
    expect(verdict).toMatchObject({ reason: "expired" });
  });

  it("lists only codes that have started and not expired", () => {
    expect(isRunning(code(), NOW)).toBe(true);
    expect(isRunning(code({ expiresAt: NOW - DAY }), NOW)).toBe(false);
    expect(isRunning(code({ startsAt: NOW + DAY }), NOW)).toBe(false);
  });
});
