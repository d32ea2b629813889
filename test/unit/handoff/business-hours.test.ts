import { describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS, isBusinessHours, isValidBusinessHours } from "../../../worker/handoff/business-hours";

// 2026-12-01 is a Tuesday; Paris is UTC+1 in winter.
const at = (iso: string) => Date.parse(iso);

describe("business hours", () => {
  it("is open on a weekday between opening and closing time in the store's time zone", () => {
    expect(isBusinessHours(DEFAULT_BUSINESS_HOURS, at("2026-12-01T08:00:00Z"))).toBe(true); // 09:00 Paris
    expect(isBusinessHours(DEFAULT_BUSINESS_HOURS, at("2026-12-01T07:59:00Z"))).toBe(false); // 08:59 Paris
    expect(isBusinessHours(DEFAULT_BUSINESS_HOURS, at("2026-12-01T16:59:00Z"))).toBe(true); // 17:59 Paris
    expect(isBusinessHours(DEFAULT_BUSINESS_HOURS, at("2026-12-01T17:00:00Z"))).toBe(false); // 18:00 Paris
  });

  it("is closed at the weekend", () => {
    expect(isBusinessHours(DEFAULT_BUSINESS_HOURS, at("2026-12-05T10:00:00Z"))).toBe(false); // Saturday
    expect(isBusinessHours({ ...DEFAULT_BUSINESS_HOURS, days: [6] }, at("2026-12-05T10:00:00Z"))).toBe(true);
  });

  it("follows summer time", () => {
    // 2026-07-01 09:30 in Paris is 07:30 UTC.
    expect(isBusinessHours(DEFAULT_BUSINESS_HOURS, at("2026-07-01T07:30:00Z"))).toBe(true);
  });

  it("rejects settings a merchant could get wrong", () => {
    expect(isValidBusinessHours(DEFAULT_BUSINESS_HOURS)).toBe(true);
    expect(isValidBusinessHours({ ...DEFAULT_BUSINESS_HOURS, timeZone: "Mars/Olympus" })).toBe(false);
    expect(isValidBusinessHours({ ...DEFAULT_BUSINESS_HOURS, days: [0] })).toBe(false);
    expect(isValidBusinessHours({ ...DEFAULT_BUSINESS_HOURS, opens: "18:00", closes: "09:00" })).toBe(false);
    expect(isValidBusinessHours({ ...DEFAULT_BUSINESS_HOURS, opens: "9am" })).toBe(false);
  });
});
