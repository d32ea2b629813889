/** When the merchant's team answers. Defaults follow the demo store's policy (DESIGN §11): Mon–Fri 9:00–18:00 CET. */
export type BusinessHours = {
  timeZone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** "HH:MM", 24-hour, in `timeZone`. */
  opens: string;
  closes: string;
};

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  timeZone: "Europe/Paris",
  days: [1, 2, 3, 4, 5],
  opens: "09:00",
  closes: "18:00",
};

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function isBusinessHours(hours: BusinessHours, now = Date.now()): boolean {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: hours.timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const day = WEEKDAYS.indexOf(part("weekday")) + 1;
  const time = Number(part("hour")) * 60 + Number(part("minute"));
  return hours.days.includes(day) && time >= minutes(hours.opens) && time < minutes(hours.closes);
}

/** Settings are merchant input: anything malformed is rejected on write and ignored on read. */
export function isValidBusinessHours(value: unknown): value is BusinessHours {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const time = (t: unknown) => typeof t === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(t);
  let zoneOk = typeof v.timeZone === "string";
  try {
    if (zoneOk) new Intl.DateTimeFormat("en", { timeZone: v.timeZone as string });
  } catch {
    zoneOk = false;
  }
  return (
    zoneOk &&
    Array.isArray(v.days) &&
    v.days.length > 0 &&
    v.days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) &&
    time(v.opens) &&
    time(v.closes) &&
    minutes(v.opens as string) < minutes(v.closes as string)
  );
}
