import { escapeRegExp } from "../../../i18n/text";
import type { RouteId } from "../../../protocol";

/** Routes a keyword cue can point to; `none` is decided by the small-talk rule, never by cues. */
export type CueRoute = Exclude<RouteId, "none">;

/**
 * Cues of one language, written as `"pattern:weight"` on folded text (lower-case, no accents):
 * - words are matched whole; `refund*` matches any word starting with "refund";
 * - `change/update` is either word at that place; `~` skips up to three words ("change ~ address" ⇒ "change my
 *   delivery address"); `|` separates whole alternative phrases ("black friday|cyber monday").
 * Weights: 4 names the topic outright ("refund"), 3 strongly suggests it, 2 helps, 1 only tips a tie.
 */
export type CueTable = Partial<Record<CueRoute, string[]>>;

/** `first` lists the spellings of the cue's first word, so a message only runs the cues that can match it. */
export type Cue = {
  route: CueRoute;
  pattern: RegExp;
  weight: number;
  source: string;
  first: { text: string; prefix: boolean }[];
};

function wordPattern(word: string): string {
  if (word === "~") return "(?: \\S+){0,3}";
  const alternatives = word
    .split("/")
    .map((alt) => (alt.endsWith("*") ? `${escapeRegExp(alt.slice(0, -1))}\\S*` : escapeRegExp(alt)));
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join("|")})`;
}

function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  // "~" brings its own leading space, so only real words get a separator.
  return words.map((word, i) => (i === 0 || word === "~" ? "" : " ") + wordPattern(word)).join("");
}

export function compileCue(route: CueRoute, entry: string): Cue {
  const split = entry.lastIndexOf(":");
  const weight = Number(entry.slice(split + 1));
  const phrases = entry.slice(0, split).split("|");
  if (split < 0 || !Number.isFinite(weight) || phrases.some((phrase) => !phrase.trim())) {
    throw new Error(`bad router cue "${entry}"`);
  }
  const first = phrases.flatMap((phrase) =>
    phrase
      .trim()
      .split(/\s+/)[0]!
      .split("/")
      .map((alt) => ({ text: alt.replace(/\*$/, ""), prefix: alt.endsWith("*") })),
  );
  const body = phrases.map(phrasePattern).join("|");
  return { route, pattern: new RegExp(` (?:${body})(?= )`), weight, source: entry, first };
}

export function compileTables(tables: CueTable[]): Cue[] {
  const cues: Cue[] = [];
  for (const table of tables) {
    for (const [route, entries] of Object.entries(table) as [CueRoute, string[]][]) {
      for (const entry of entries) cues.push(compileCue(route, entry));
    }
  }
  return cues;
}

/**
 * The words a table mentions, so the spelling corrector knows them ("refnd" → "refund"). `prefixes` come from
 * `word*` cues: any word starting with one is already understood and must not be "corrected".
 */
export function cueWords(tables: CueTable[]): { words: string[]; prefixes: string[] } {
  const words: string[] = [];
  const prefixes: string[] = [];
  for (const table of tables) {
    for (const entries of Object.values(table)) {
      for (const entry of entries ?? []) {
        for (const word of entry.slice(0, entry.lastIndexOf(":")).split(/[\s/|]+/)) {
          const plain = word.replace(/\*$/, "");
          if (plain.length >= 4 && /^\p{L}+$/u.test(plain)) (word.endsWith("*") ? prefixes : words).push(plain);
        }
      }
    }
  }
  return { words, prefixes };
}
