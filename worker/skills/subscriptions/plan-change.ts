import type { Frequency, Subscription, SubscriptionChange } from "../../commerce/types";
import type { SubscriptionRequest } from "./parse-request";
import { frequencyAllowed, pauseAllowed, sameFrequency } from "./policy";
import { addDuration, addPeriods, type Duration, nextOnSchedule } from "./schedule";

/**
 * Exactly what a request would do to one subscription, computed from its state and the clock — or why it cannot.
 * Pure: the review tool shows it, and the apply tool computes it again at the moment of writing.
 */
export type PlannedSubscriptionChange =
  | { action: "pause"; duration: Duration; until: number; nextChargeAt: number }
  | { action: "skip"; skipped: number; nextChargeAt: number }
  | { action: "frequency"; from: Frequency; to: Frequency; nextChargeAt?: number }
  | { action: "resume"; nextChargeAt: number }
  | { action: "cancel"; lastPlannedCharge?: number };

export type SubscriptionPlan =
  | { change: PlannedSubscriptionChange; update: SubscriptionChange }
  | { needs: "pause_duration" | "frequency" }
  | { invalid: "pause_too_long"; requested: Duration }
  | { invalid: "frequency_not_allowed"; requested: Frequency }
  | { invalid: "same_frequency" | "paused" | "not_paused" | "cancelled" | "no_schedule" };

type Action = Exclude<SubscriptionRequest["action"], "show" | undefined>;

function pause(sub: Subscription, duration: Duration | undefined, now: number): SubscriptionPlan {
  if (!duration) return { needs: "pause_duration" };
  if (!pauseAllowed(duration, now)) return { invalid: "pause_too_long", requested: duration };
  const until = addDuration(now, duration);
  // Charges pick up on the usual schedule, at the first charge date once the pause is over.
  const nextChargeAt = nextOnSchedule(sub.nextChargeAt ?? now, sub.frequency, until);
  return {
    change: { action: "pause", duration, until, nextChargeAt },
    update: { status: "paused", pausedUntil: until, nextChargeAt },
  };
}

function frequency(sub: Subscription, to: Frequency | undefined): SubscriptionPlan {
  if (!to) return { needs: "frequency" };
  if (!frequencyAllowed(to)) return { invalid: "frequency_not_allowed", requested: to };
  if (sameFrequency(sub.frequency, to)) return { invalid: "same_frequency" };
  // The charge already scheduled stays; the new rhythm counts from it.
  return {
    change: { action: "frequency", from: sub.frequency, to, nextChargeAt: sub.nextChargeAt },
    update: { frequency: to },
  };
}

export function planSubscriptionChange(
  sub: Subscription,
  action: Action,
  request: Pick<SubscriptionRequest, "pauseFor" | "every">,
  now: number,
): SubscriptionPlan {
  if (sub.status === "cancelled") return { invalid: "cancelled" };
  switch (action) {
    case "pause":
      return sub.status === "paused" ? { invalid: "paused" } : pause(sub, request.pauseFor, now);
    case "skip": {
      if (sub.status === "paused") return { invalid: "paused" };
      if (!sub.nextChargeAt) return { invalid: "no_schedule" };
      const nextChargeAt = addPeriods(sub.nextChargeAt, sub.frequency, 1);
      return { change: { action: "skip", skipped: sub.nextChargeAt, nextChargeAt }, update: { nextChargeAt } };
    }
    case "frequency":
      return frequency(sub, request.every);
    case "resume": {
      if (sub.status !== "paused") return { invalid: "not_paused" };
      // Resuming early brings back the original rhythm: the first charge on its schedule from today.
      const nextChargeAt = nextOnSchedule(sub.nextChargeAt ?? now, sub.frequency, now);
      return {
        change: { action: "resume", nextChargeAt },
        update: { status: "active", pausedUntil: null, nextChargeAt },
      };
    }
    case "cancel":
      return {
        change: { action: "cancel", lastPlannedCharge: sub.nextChargeAt },
        update: { status: "cancelled", nextChargeAt: null, pausedUntil: null },
      };
  }
}

/** Whether the subscription, read back after the write, shows every field the update set. */
export function subscriptionUpdated(sub: Subscription, update: SubscriptionChange): boolean {
  return (
    (update.status === undefined || sub.status === update.status) &&
    (update.frequency === undefined || sameFrequency(sub.frequency, update.frequency)) &&
    (update.nextChargeAt === undefined || (sub.nextChargeAt ?? null) === update.nextChargeAt) &&
    (update.pausedUntil === undefined || (sub.pausedUntil ?? null) === update.pausedUntil)
  );
}
