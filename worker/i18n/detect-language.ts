import type { Language } from "../protocol";
import { LANGUAGE_WORDS } from "./language-words";

/**
 * Language of a short shopper message from distinctive letters and frequent words. Deterministic and cheap (it runs
 * on every message). Without enough evidence ("hi", "ok", "#1003?") it keeps the fallback, normally the
 * conversation's locale: a one-word "hello" on a French storefront should still be answered in French.
 */

/** Letters that point at a language, with how much one occurrence counts. */
const LETTERS: [RegExp, Partial<Record<Language, number>>][] = [
  [/[ąćęłńśźż]/gu, { pl: 3 }],
  [/ó/gu, { pl: 1, es: 1 }],
  [/[äöß]/gu, { de: 2.5 }],
  [/ü/gu, { de: 2, es: 0.5 }],
  [/[ñ¿¡]/gu, { es: 3 }],
  [/[áíú]/gu, { es: 1.5 }],
  [/é/gu, { fr: 1, es: 0.5 }],
  [/[àâçèêëîïôùûœÿ]/gu, { fr: 2 }],
];

const STRONG = 2;
const COMMON = 1;
/** Below this score a language has not really shown itself. */
const EVIDENCE = 2;

const WORD_WEIGHTS = buildWordWeights();

function buildWordWeights(): Map<string, Partial<Record<Language, number>>> {
  const byWord = new Map<string, Map<Language, number>>();
  for (const [language, { strong, common }] of Object.entries(LANGUAGE_WORDS) as [
    Language,
    typeof LANGUAGE_WORDS.en,
  ][]) {
    for (const [list, weight] of [
      [strong, STRONG],
      [common, COMMON],
    ] as const) {
      for (const word of list.trim().split(/\s+/)) {
        // Also without accents: "dzieki", "zamowienie" and "donde" are typed as often as the proper spelling.
        for (const form of [word, stripAccents(word)]) {
          const languages = byWord.get(form) ?? new Map<Language, number>();
          languages.set(language, Math.max(languages.get(language) ?? 0, weight));
          byWord.set(form, languages);
        }
      }
    }
  }
  // A word several languages share tells less: its weight is split between them.
  const weights = new Map<string, Partial<Record<Language, number>>>();
  for (const [word, languages] of byWord) {
    weights.set(
      word,
      Object.fromEntries([...languages].map(([language, weight]) => [language, weight / languages.size])),
    );
  }
  return weights;
}

function stripAccents(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/ß/g, "ss");
}

export function languageScores(text: string): Record<Language, number> {
  const scores: Record<Language, number> = { en: 0, fr: 0, pl: 0, de: 0, es: 0 };
  const lower = text.toLowerCase().replace(/[’`]/g, "'");
  for (const [pattern, weights] of LETTERS) {
    const count = lower.match(pattern)?.length ?? 0;
    if (count === 0) continue;
    for (const [language, weight] of Object.entries(weights) as [Language, number][])
      scores[language] += count * weight;
  }
  for (const word of lower.match(/\p{L}+(?:'\p{L}+)?/gu) ?? []) {
    // "j'ai" and "don't" are listed whole; "l'adresse" is looked up as "adresse".
    const weights = WORD_WEIGHTS.get(word) ?? WORD_WEIGHTS.get(word.slice(word.indexOf("'") + 1));
    if (!weights) continue;
    for (const [language, weight] of Object.entries(weights) as [Language, number][]) scores[language] += weight;
  }
  return scores;
}

/** The detected language and how clearly it stood out (0 when the fallback was kept for lack of evidence). */
export function languageConfidence(
  text: string,
  fallback: Language = "en",
): { language: Language; confidence: number } {
  const scores = languageScores(text);
  let best: Language = fallback;
  for (const language of Object.keys(scores) as Language[]) {
    if (scores[language] > scores[best]) best = language;
  }
  const total = Object.values(scores).reduce((sum, score) => sum + score, 0);
  // Ties go to the fallback: "ok" on a Polish storefront stays Polish.
  if (scores[best] < EVIDENCE || scores[fallback] >= scores[best]) {
    return { language: fallback, confidence: total > 0 ? scores[fallback] / total : 0 };
  }
  return { language: best, confidence: scores[best] / total };
}

export function detectLanguage(text: string, fallback: Language = "en"): Language {
  return languageConfidence(text, fallback).language;
}
