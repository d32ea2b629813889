import type { Language } from "../worker/protocol";
import { words } from "./text";

/**
 * Question words that imply the kind of fact wanted. "How long…?" is answered by a sentence with days in it, not by
 * one that repeats the question's nouns, so the keyword query also looks for the words such answers use — in the
 * language being searched only, because every extra term costs a pass over its postings for BM25.
 */
type Expansion = { pattern: RegExp; terms: Record<Language, string> };

const EXPANSIONS: Expansion[] = [
  {
    pattern:
      /\b(how long|how many days|combien de temps|delai|ile (mam )?czasu|jak dlugo|wie lange|cuanto tiempo|plazo)\b/,
    terms: { en: "days window", fr: "jours delai", pl: "dni termin", de: "tage frist", es: "dias" },
  },
  {
    pattern: /\b(how much|cost|price|combien|coute|ile kosztuje|koszt|wie viel|kostet|cuanto cuesta|precio)\b/,
    terms: {
      en: "costs free",
      fr: "coute gratuit",
      pl: "kosztuje bezplatn",
      de: "kostet kostenlos",
      es: "cuesta gratis",
    },
  },
  {
    pattern: /\b(when|quand|kiedy|wann|cuando)\b/,
    terms: { en: "days hours", fr: "jours heures", pl: "dni godzin", de: "tage", es: "dias" },
  },
];

/** The query plus the answer-shaped words its question implies, in `lang` (or in every language when null). */
export function expandQuery(query: string, lang: Language | null = null): string {
  const plain = words(query).join(" ");
  const extra = EXPANSIONS.filter(({ pattern }) => pattern.test(plain)).flatMap(({ terms }) =>
    lang ? [terms[lang]] : Object.values(terms),
  );
  return extra.length ? `${query} ${extra.join(" ")}` : query;
}
