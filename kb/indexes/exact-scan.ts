import { TopK } from "./top-k";
import type { VectorMatch } from "./types";
import { dotRow, type VectorBlock } from "./vector-block";

/** Which rows a scan may return: all, or those in one language (an index into `block.languages`; −1 = none). */
export type RowFilter = number | null;

export function languageFilter(block: VectorBlock, lang: string | undefined): RowFilter {
  return lang === undefined ? null : block.languages.indexOf(lang as never);
}

/** Scores `rows` (or every row) against the query, keeping the best in `top`. */
export function scanRows(
  block: VectorBlock,
  query: Float64Array,
  filter: RowFilter,
  top: TopK,
  rows?: Uint32Array,
): void {
  const n = rows ? rows.length : block.count;
  for (let i = 0; i < n; i++) {
    const row = rows ? rows[i]! : i;
    if (filter !== null && block.langs[row] !== filter) continue;
    top.offer(block.ids[row]!, dotRow(block, row, query));
  }
}

/** Brute force over every row: exact, and fast enough below a few thousand chunks. */
export function exactSearch(block: VectorBlock, query: Float64Array, filter: RowFilter, k: number): VectorMatch[] {
  const top = new TopK(k);
  if (filter !== -1) scanRows(block, query, filter, top);
  return top.matches;
}
