import type { Frequency } from "../../commerce/types";
import { addDuration, addMonths, type Duration } from "./schedule";

/**
 * The subscription policy (DESIGN §11): pause up to 3 months, skip a delivery, deliver every 2, 4 or 6 weeks,
 * cancel any time before the next billing date. Data, so a merchant's own rules replace it in one place.
 */
export const MAX_PAUSE_MONTHS = 3;
export const ALLOWED_FREQUENCY_WEEKS: readonly number[] = [2, 4, 6];

/** A pause must last at least a day and end no later than 3 calendar months from now. */
export function pauseAllowed(duration: Duration, now: number): boolean {
  return duration.count >= 1 && addDuration(now, duration) <= addMonths(now, MAX_PAUSE_MONTHS);
}

export function frequencyAllowed(frequency: Frequency): boolean {
  return frequency.unit === "week" && ALLOWED_FREQUENCY_WEEKS.includes(frequency.count);
}

export const sameFrequency = (a: Frequency, b: Frequency) => a.unit === b.unit && a.count === b.count;
