import type { VectorMatch } from "./types";

/**
 * The k best matches seen so far, best first. Most rows of a scan lose to the current k-th best, so that check is
 * one comparison; ties go to the smaller chunk id so results never depend on storage order.
 */
export class TopK {
  readonly matches: VectorMatch[] = [];
  constructor(private readonly k: number) {}

  /** The score a row must beat to enter (−∞ until k rows are in). */
  get threshold(): number {
    return this.matches.length < this.k ? Number.NEGATIVE_INFINITY : this.matches[this.k - 1]!.score;
  }

  get full(): boolean {
    return this.matches.length >= this.k;
  }

  offer(chunkId: string, score: number): void {
    if (this.k <= 0 || score < this.threshold) return;
    const better = (a: VectorMatch, b: VectorMatch) =>
      a.score > b.score || (a.score === b.score && a.chunkId < b.chunkId);
    const match = { chunkId, score };
    if (this.full && !better(match, this.matches[this.k - 1]!)) return;
    let i = this.full ? this.k - 1 : this.matches.length;
    this.matches[i] = match;
    while (i > 0 && better(this.matches[i]!, this.matches[i - 1]!)) {
      [this.matches[i], this.matches[i - 1]] = [this.matches[i - 1]!, this.matches[i]!];
      i--;
    }
  }
}
