import { LANGUAGES, type Language } from "../protocol";

/** "fr-FR", "FR", "fr_CA" → "fr"; anything we have no strings for → the fallback. */
export function normalizeLocale(input: unknown, fallback: string = "en"): Language {
  const candidate = typeof input === "string" ? input.slice(0, 2).toLowerCase() : "";
  if ((LANGUAGES as readonly string[]).includes(candidate)) return candidate as Language;
  return (LANGUAGES as readonly string[]).includes(fallback) ? (fallback as Language) : "en";
}
