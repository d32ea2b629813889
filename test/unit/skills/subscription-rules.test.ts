import { describe, expect, it } from "vitest";
import { frequencyAllowed, pauseAllowed } from "../../../worker/skills/subscriptions/policy";
import { addMonths, addPeriods, nextOnSchedule } from "../../../worker/skills/subscriptions/schedule";

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 9);
const monthly = { unit: "month", count: 1 } as const;
const fortnightly = { unit: "week", count: 2 } as const;

describe("subscription dates", () => {
  it("adds calendar months, keeping the day or using the month's last day", () => {
    expect(addMonths(day(2026, 1, 15), 1)).toBe(day(2026, 2, 15));
    expect(addMonths(day(2026, 1, 31), 1)).toBe(day(2026, 2, 28));
    expect(addMonths(day(2028, 1, 31), 1)).toBe(day(2028, 2, 29));
    expect(addMonths(day(2026, 11, 30), 3)).toBe(day(2027, 2, 28));
    expect(addMonths(day(2026, 3, 31), -1)).toBe(day(2026, 2, 28));
  });

  it("moves a charge by whole periods of the subscription's rhythm", () => {
    expect(addPeriods(day(2026, 6, 1), fortnightly, 1)).toBe(day(2026, 6, 15));
    expect(addPeriods(day(2026, 6, 1), monthly, 2)).toBe(day(2026, 8, 1));
  });

  it("finds the first charge on the schedule at or after a date, forwards or backwards", () => {
    const anchor = day(2026, 6, 13);
    expect(nextOnSchedule(anchor, monthly, day(2026, 8, 1))).toBe(day(2026, 8, 13));
    expect(nextOnSchedule(anchor, monthly, day(2026, 8, 13))).toBe(day(2026, 8, 13));
    expect(nextOnSchedule(day(2026, 9, 13), monthly, day(2026, 6, 20))).toBe(day(2026, 7, 13));
    expect(nextOnSchedule(anchor, fortnightly, day(2026, 6, 20))).toBe(day(2026, 6, 27));
  });
});

describe("subscription policy", () => {
  const now = day(2026, 6, 1);

  it("allows a pause of up to 3 months, and no longer", () => {
    expect(pauseAllowed({ unit: "month", count: 3 }, now)).toBe(true);
    expect(pauseAllowed({ unit: "week", count: 12 }, now)).toBe(true);
    expect(pauseAllowed({ unit: "month", count: 4 }, now)).toBe(false);
    expect(pauseAllowed({ unit: "day", count: 93 }, now)).toBe(false);
    expect(pauseAllowed({ unit: "month", count: 0 }, now)).toBe(false);
  });

  it("delivers every 2, 4 or 6 weeks only", () => {
    expect([2, 4, 6].map((count) => frequencyAllowed({ unit: "week", count }))).toEqual([true, true, true]);
    expect(frequencyAllowed({ unit: "week", count: 3 })).toBe(false);
    expect(frequencyAllowed({ unit: "week", count: 1 })).toBe(false);
    expect(frequencyAllowed(monthly)).toBe(false);
  });
});
