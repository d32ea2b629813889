import type { Language } from "../../../protocol";
import { common } from "./common";
import { type Cue, type CueRoute, type CueTable, compileTables, cueWords } from "./compile";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { pl } from "./pl";

export type { CueRoute } from "./compile";

/**
 * One table per language plus shared brand names. All tables apply to every message: shoppers mix languages
 * ("mon order") and detection can be wrong on three words, while folded cue words rarely collide across languages.
 */
export const CUE_TABLES: Record<Language | "common", CueTable> = { common, en, fr, pl, de, es };

const CUES = compileTables(Object.values(CUE_TABLES));

/** Cues by the exact first word, and by the prefix their first word starts with. */
const BY_WORD = new Map<string, Cue[]>();
const BY_PREFIX = new Map<string, Cue[]>();
for (const cue of CUES) {
  for (const { text, prefix } of cue.first) {
    const index = prefix ? BY_PREFIX : BY_WORD;
    index.set(text, [...(index.get(text) ?? []), cue]);
  }
}

/** The few cues whose first word occurs in the message: ~700 patterns would otherwise run on every message. */
function candidates(tokens: string[]): Set<Cue> {
  const found = new Set<Cue>();
  for (const token of tokens) {
    for (const cue of BY_WORD.get(token) ?? []) found.add(cue);
    for (let end = 1; end <= token.length; end++)
      for (const cue of BY_PREFIX.get(token.slice(0, end)) ?? []) found.add(cue);
  }
  return found;
}

export const CUE_VOCABULARY = cueWords(Object.values(CUE_TABLES));

export type CueScores = Map<CueRoute, number>;

/**
 * Keyword score per route from the cues found in `words` (folded tokens joined by spaces). The same words matched
 * by several tables ("status" is English, German and Polish) count once, and each further cue of a route counts
 * half as much as the one before, so a pile of weak hints cannot outvote one clear topic word.
 */
export function cueScores(words: string): CueScores {
  const padded = ` ${words} `;
  const found = new Map<CueRoute, Map<string, number>>();
  for (const cue of candidates(words.split(" "))) {
    const match = cue.pattern.exec(padded);
    if (!match) continue;
    const byText = found.get(cue.route) ?? new Map<string, number>();
    const text = match[0].trim();
    byText.set(text, Math.max(byText.get(text) ?? 0, cue.weight));
    found.set(cue.route, byText);
  }
  const scores: CueScores = new Map();
  for (const [route, byText] of found) {
    const weights = [...byText.values()].sort((a, b) => b - a);
    scores.set(
      route,
      weights.reduce((sum, weight, i) => sum + weight / 2 ** i, 0),
    );
  }
  return scores;
}

/** The cue sources that matched, for debugging a routing decision. */
export function matchedCues(words: string): string[] {
  const padded = ` ${words} `;
  return CUES.filter((cue) => cue.pattern.test(padded)).map((cue) => `${cue.route} ${cue.source}`);
}
