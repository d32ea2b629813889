import type { Language, Money } from "../protocol";

const LOCALES: Record<Language, string> = { en: "en-GB", fr: "fr-FR", pl: "pl-PL", de: "de-DE", es: "es-ES" };

/** The store's own time zone, so "delivered on 12 November" means the same day for the shopper and the merchant. */
const STORE_TIME_ZONE = "Europe/Paris";

export function formatDate(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long", timeZone: STORE_TIME_ZONE }).format(epochMs);
}

export function formatMoney(money: Money, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: "currency", currency: money.currency }).format(money.amount);
}

/** "a, b and c" in the shopper's language. */
export function formatList(items: string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { style: "long", type: "conjunction" }).format(items);
}
