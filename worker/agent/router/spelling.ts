/**
 * Typo repair against the router's own vocabulary ("cancle" → "cancel", "adress" → "address", "orer" → "order").
 * Candidates are the known words one edit away: a letter missing; two neighbours swapped (six letters or more);
 * one letter too many (six or more, so "firme" does not become "fire"). A wrong letter is not repaired:
 * "burned"/"turned" and "weather"/"leather" are real words one substitution apart, and the letter-trigram
 * features already tolerate such typos. Nothing is precomputed beyond a word list.
 */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

export class SpellingIndex {
  /** Beginnings of words that are understood as they are ("refund" for "refunded", "zwrot" for "zwrotów"). */
  private readonly prefixes: Set<string>;

  constructor(
    private readonly known: Map<string, number>,
    prefixes: Iterable<string> = [],
  ) {
    this.prefixes = new Set(prefixes);
  }

  /** The most frequent known word one edit away, or the word itself. */
  correct(word: string): string {
    if (word.length < 4 || this.known.has(word) || !/^[a-z]+$/.test(word) || this.hasKnownPrefix(word)) return word;
    let best = word;
    let bestCount = 0;
    const consider = (candidate: string) => {
      const count = candidate.length >= 4 ? (this.known.get(candidate) ?? 0) : 0;
      if (count > bestCount) [best, bestCount] = [candidate, count];
    };
    const swaps = word.length >= 6;
    const extras = word.length >= 6;
    for (let i = 0; i <= word.length; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (extras && i < word.length) consider(head + tail.slice(1)); // one letter too many
      if (swaps && i + 1 < word.length) consider(head + tail[1] + tail[0] + tail.slice(2)); // two letters swapped
      for (const letter of ALPHABET) consider(head + letter + tail); // a letter missing
    }
    return best;
  }

  private hasKnownPrefix(word: string): boolean {
    for (let end = 4; end <= word.length; end++) if (this.prefixes.has(word.slice(0, end))) return true;
    return false;
  }
}
