import { words } from "./text";

/**
 * Question words that imply the kind of fact wanted. "How long…?" is answered by a sentence with days in it, not by
 * one that repeats the question's nouns, so the keyword query also looks for the words such answers use.
 */
const EXPANSIONS: [RegExp, string][] = [
  [
    /\b(how long|how many days|combien de temps|delai|ile (mam )?czasu|jak dlugo|wie lange|cuanto tiempo|plazo)\b/,
    "days jours dni tage dias window delai termin frist",
  ],
  [
    /\b(how much|cost|price|combien|coute|ile kosztuje|koszt|wie viel|kostet|cuanto cuesta|precio)\b/,
    "€ costs coute kosztuje kostet cuesta free gratuit bezplatn kostenlos gratis",
  ],
  [/\b(when|quand|kiedy|wann|cuando)\b/, "days jours dni tage dias hours heures godzin"],
];

/** The query plus the answer-shaped words its question implies. */
export function expandQuery(query: string): string {
  const plain = words(query).join(" ");
  const extra = EXPANSIONS.filter(([pattern]) => pattern.test(plain)).map(([, terms]) => terms);
  return extra.length ? `${query} ${extra.join(" ")}` : query;
}
