import { describe, expect, it } from "vitest";
import type { Subscription } from "../../../worker/commerce/types";
import { planSubscriptionChange, subscriptionUpdated } from "../../../worker/skills/subscriptions/plan-change";
import { addMonths } from "../../../worker/skills/subscriptions/schedule";

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 9);
const now = day(2026, 6, 1);
const coffee: Subscription = {
  id: "sub_1",
  customerId: "cust_carol",
  product: { id: "prod_coffee", title: "Coffee" },
  frequency: { unit: "month", count: 1 },
  status: "active",
  nextChargeAt: day(2026, 6, 13),
};

describe("planning a subscription change", () => {
  it("pauses for the asked time and picks charges up on the usual day after the pause", () => {
    expect(planSubscriptionChange(coffee, "pause", { pauseFor: { unit: "month", count: 2 } }, now)).toEqual({
      change: {
        action: "pause",
        duration: { unit: "month", count: 2 },
        until: day(2026, 8, 1),
        nextChargeAt: day(2026, 8, 13),
      },
      update: { status: "paused", pausedUntil: day(2026, 8, 1), nextChargeAt: day(2026, 8, 13) },
    });
  });

  it("asks how long to pause, and refuses more than 3 months", () => {
    expect(planSubscriptionChange(coffee, "pause", {}, now)).toEqual({ needs: "pause_duration" });
    expect(planSubscriptionChange(coffee, "pause", { pauseFor: { unit: "month", count: 5 } }, now)).toEqual({
      invalid: "pause_too_long",
      requested: { unit: "month", count: 5 },
    });
  });

  it("skips one delivery by moving the next charge one period on", () => {
    expect(planSubscriptionChange(coffee, "skip", {}, now)).toEqual({
      change: { action: "skip", skipped: day(2026, 6, 13), nextChargeAt: day(2026, 7, 13) },
      update: { nextChargeAt: day(2026, 7, 13) },
    });
  });

  it("changes the rhythm to 2, 4 or 6 weeks only, keeping the charge already scheduled", () => {
    const to = { unit: "week", count: 4 } as const;
    expect(planSubscriptionChange(coffee, "frequency", { every: to }, now)).toMatchObject({
      change: { action: "frequency", to, nextChargeAt: day(2026, 6, 13) },
      update: { frequency: to },
    });
    expect(planSubscriptionChange(coffee, "frequency", { every: { unit: "week", count: 3 } }, now)).toMatchObject({
      invalid: "frequency_not_allowed",
    });
    expect(planSubscriptionChange(coffee, "frequency", {}, now)).toEqual({ needs: "frequency" });
    const fortnightly = { ...coffee, frequency: { unit: "week", count: 2 } } as const;
    expect(planSubscriptionChange(fortnightly, "frequency", { every: { unit: "week", count: 2 } }, now)).toEqual({
      invalid: "same_frequency",
    });
  });

  it("resumes only a paused subscription, on its original schedule", () => {
    const paused: Subscription = {
      ...coffee,
      status: "paused",
      pausedUntil: day(2026, 8, 1),
      nextChargeAt: day(2026, 8, 13),
    };
    expect(planSubscriptionChange(paused, "resume", {}, now)).toEqual({
      change: { action: "resume", nextChargeAt: day(2026, 6, 13) },
      update: { status: "active", pausedUntil: null, nextChargeAt: day(2026, 6, 13) },
    });
    expect(planSubscriptionChange(coffee, "resume", {}, now)).toEqual({ invalid: "not_paused" });
    expect(planSubscriptionChange(paused, "skip", {}, now)).toEqual({ invalid: "paused" });
  });

  it("cancels with no further charge, and changes nothing on a cancelled subscription", () => {
    expect(planSubscriptionChange(coffee, "cancel", {}, now)).toEqual({
      change: { action: "cancel", lastPlannedCharge: day(2026, 6, 13) },
      update: { status: "cancelled", nextChargeAt: null, pausedUntil: null },
    });
    const cancelled: Subscription = { ...coffee, status: "cancelled", nextChargeAt: undefined };
    for (const action of ["pause", "skip", "frequency", "resume", "cancel"] as const) {
      expect(planSubscriptionChange(cancelled, action, {}, now)).toEqual({ invalid: "cancelled" });
    }
  });

  it("verifies a write by every field it set", () => {
    const update = {
      status: "paused",
      pausedUntil: day(2026, 8, 1),
      nextChargeAt: addMonths(day(2026, 6, 13), 2),
    } as const;
    expect(subscriptionUpdated({ ...coffee, ...update }, update)).toBe(true);
    expect(subscriptionUpdated({ ...coffee, status: "paused" }, update)).toBe(false);
    expect(
      subscriptionUpdated(
        { ...coffee, status: "cancelled", nextChargeAt: undefined },
        { status: "cancelled", nextChargeAt: null },
      ),
    ).toBe(true);
  });
});
