/**
 * Business-day arithmetic for the expected refund date ("within 5 business days of receiving your return").
 * Weekdays are taken in UTC: the store's offices are in Europe, and being a few hours early or late on a Saturday
 * only moves an estimate, never a verdict. Public holidays are not modelled — the date is an estimate and says so.
 */
const DAY = 24 * 60 * 60 * 1000;

const isWeekend = (ms: number) => {
  const day = new Date(ms).getUTCDay();
  return day === 0 || day === 6;
};

/** `from` plus `days` business days (Monday–Friday), keeping the time of day. */
export function addBusinessDays(from: number, days: number): number {
  let at = from;
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    at += DAY;
    if (!isWeekend(at)) left -= 1;
  }
  return at;
}
