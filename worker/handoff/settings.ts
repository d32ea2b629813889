import { inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { settings } from "../../db/schema";
import { LANGUAGES, type Language } from "../protocol";
import { isEmailAddress, isSafeUrl } from "../settings/validators";
import { type BusinessHours, DEFAULT_BUSINESS_HOURS, isBusinessHours, isValidBusinessHours } from "./business-hours";
import { DEFAULT_HANDOFF_MESSAGES } from "./messages";

/** Per-language overrides, e.g. `{ "en": "…", "fr": "…" }`; languages left out keep the default text. */
type Overrides = Partial<Record<Language, string>>;

export type HandoffSettings = {
  /** Where handoff packets go (HMAC-signed POST); none → they wait in the admin inbox only. */
  webhookUrl?: string;
  /** The team's inbox; each handoff is also emailed there when an email sender is configured. */
  email?: string;
  hours: BusinessHours;
  inHours: Overrides;
  afterHours: Overrides;
};

const isOverrides = (v: unknown): v is Overrides =>
  typeof v === "object" &&
  v !== null &&
  Object.entries(v).every(
    ([lang, text]) => LANGUAGES.includes(lang as Language) && typeof text === "string" && text.length <= 500,
  );

/** Setting key → its validator. The settings API validates writes with these; reads ignore invalid values. */
export const HANDOFF_SETTING_VALIDATORS: Record<string, (v: unknown) => boolean> = {
  // Packets carry personal data: https only (plain http for a developer's own machine).
  "handoff.webhook_url": isSafeUrl,
  "handoff.email": isEmailAddress,
  "handoff.hours": isValidBusinessHours,
  "handoff.message.in_hours": isOverrides,
  "handoff.message.after_hours": isOverrides,
};

export async function handoffSettings(d1: D1Database): Promise<HandoffSettings> {
  const rows = await drizzle(d1)
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.keys(HANDOFF_SETTING_VALIDATORS)));
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const valid = (key: string) => (HANDOFF_SETTING_VALIDATORS[key]!(stored.get(key)) ? stored.get(key) : undefined);
  return {
    webhookUrl: valid("handoff.webhook_url") as string | undefined,
    email: valid("handoff.email") as string | undefined,
    hours: (valid("handoff.hours") as BusinessHours | undefined) ?? DEFAULT_BUSINESS_HOURS,
    inHours: (valid("handoff.message.in_hours") as Overrides | undefined) ?? {},
    afterHours: (valid("handoff.message.after_hours") as Overrides | undefined) ?? {},
  };
}

/** The sentence the shopper sees, depending on whether the team is in right now. */
export function handoffNotice(config: HandoffSettings, language: Language, now = Date.now()): string {
  const open = isBusinessHours(config.hours, now);
  const override = open ? config.inHours[language] : config.afterHours[language];
  const defaults = DEFAULT_HANDOFF_MESSAGES[language];
  return override ?? (open ? defaults.inHours : defaults.afterHours);
}
