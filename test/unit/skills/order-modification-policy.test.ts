import { describe, expect, it } from "vitest";
import {
  MODIFICATION_WINDOW_MS,
  modificationVerdict,
  quantityAllowed,
} from "../../../worker/skills/order-modification/policy";

const HOUR = 60 * 60 * 1000;
const now = Date.UTC(2026, 5, 1, 12);

describe("the order modification window", () => {
  it("allows changes to an unshipped order within 2 hours of placing, and says until when", () => {
    expect(modificationVerdict({ status: "unfulfilled", placedAt: now - HOUR }, now)).toEqual({
      allowed: true,
      until: now + HOUR,
    });
    expect(modificationVerdict({ status: "unfulfilled", placedAt: now - MODIFICATION_WINDOW_MS }, now).allowed).toBe(
      true,
    );
  });

  it("closes the window after 2 hours even when the order has not shipped", () => {
    expect(modificationVerdict({ status: "unfulfilled", placedAt: now - 2 * HOUR - 1 }, now)).toEqual({
      allowed: false,
      reason: "window_passed",
    });
  });

  it("refuses shipped, delivered and cancelled orders whatever their age", () => {
    const fresh = now - 10 * 60 * 1000;
    expect(modificationVerdict({ status: "in_transit", placedAt: fresh }, now)).toEqual({
      allowed: false,
      reason: "shipped",
    });
    expect(modificationVerdict({ status: "out_for_delivery", placedAt: fresh }, now)).toMatchObject({
      reason: "shipped",
    });
    expect(modificationVerdict({ status: "delivered", placedAt: fresh }, now)).toMatchObject({ reason: "delivered" });
    expect(modificationVerdict({ status: "cancelled", placedAt: fresh }, now)).toMatchObject({ reason: "cancelled" });
  });

  it("accepts whole quantities from 1 to 10 only", () => {
    expect([1, 10].map(quantityAllowed)).toEqual([true, true]);
    expect([0, 11, 1.5, -1].map(quantityAllowed)).toEqual([false, false, false, false]);
  });
});
