import type { Frequency } from "../../commerce/types";

/**
 * Date arithmetic for subscription charges. Calendar months, not 30 days: a charge on the 31st moves to the last day
 * of a shorter month. UTC throughout, so the result does not depend on where the Worker runs.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export type Duration = { unit: "day" | "week" | "month"; count: number };

export function addMonths(at: number, months: number): number {
  const date = new Date(at);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

export function addDuration(at: number, duration: Duration): number {
  if (duration.unit === "month") return addMonths(at, duration.count);
  return at + duration.count * (duration.unit === "week" ? 7 : 1) * DAY_MS;
}

/** `periods` charges later (or earlier, when negative) on the subscription's schedule. */
export function addPeriods(at: number, frequency: Frequency, periods: number): number {
  return addDuration(at, { unit: frequency.unit, count: frequency.count * periods });
}

/**
 * The first date on the schedule through `anchor` (anchor ± whole periods) that is not before `from`: where charges
 * pick up after a pause, or when a paused subscription resumes early.
 */
export function nextOnSchedule(anchor: number, frequency: Frequency, from: number): number {
  let periods = 0;
  while (addPeriods(anchor, frequency, periods) < from) periods += 1;
  while (addPeriods(anchor, frequency, periods - 1) >= from) periods -= 1;
  return addPeriods(anchor, frequency, periods);
}
