import type { IndexMeta } from "../index-meta";
import { exactSearch, languageFilter } from "./exact-scan";
import { buildIvf, ivfSearch } from "./ivf";
import type { VectorMatch } from "./types";
import { loadVectorBlock, type VectorBlock } from "./vector-block";

/**
 * Below this many chunks a query scans every vector (exact; ~1–2 ms at 5k × 512 dimensions); above it the
 * block is partitioned into IVF lists so query time grows with √n.
 */
export const IVF_THRESHOLD = 5000;

/** The local index at one version, in memory and ready to search. */
export type LocalSearcher = {
  version: string;
  count: number;
  mode: "exact" | "ivf";
  search(query: Float32Array, lang: string | undefined, k: number): VectorMatch[];
};

export function searcherFor(block: VectorBlock, version: string, threshold = IVF_THRESHOLD): LocalSearcher {
  const ivf = block.count > threshold ? buildIvf(block) : null;
  return {
    version,
    count: block.count,
    mode: ivf ? "ivf" : "exact",
    search: (query, lang, k) => {
      const filter = languageFilter(block, lang);
      const q = Float64Array.from(query);
      return ivf ? ivfSearch(ivf, block, q, filter, k) : exactSearch(block, q, filter, k);
    },
  };
}

/**
 * One copy per isolate, keyed by the index version stamp (a random id written with every change, see
 * index-meta.ts). Reading 10k rows from D1 on every query would cost far more than the search itself, so the
 * vectors are loaded once and reused until the stamp in D1 differs — also when another isolate wrote it.
 * Concurrent queries share one load. A single slot: the old copy is dropped before the new one loads, so an
 * isolate never holds two (at 100k × 512 dimensions one copy is ~51 MB of the 128 MB isolate limit).
 */
type Slot = { version: string; ready: Promise<LocalSearcher>; searcher?: LocalSearcher };
let slot: Slot | undefined;

export function cachedSearcher(d1: D1Database, meta: IndexMeta): Promise<LocalSearcher> {
  if (slot?.version === meta.version) return slot.ready;
  slot = undefined;
  const entry: Slot = {
    version: meta.version,
    ready: loadVectorBlock(d1, meta.dimensions).then((block) => searcherFor(block, meta.version)),
  };
  slot = entry;
  entry.ready.then(
    (searcher) => {
      entry.searcher = searcher;
    },
    // A failed load is not kept: the next query tries again.
    () => {
      if (slot === entry) slot = undefined;
    },
  );
  return entry.ready;
}

/** The loaded copy, if any, without asking D1 whether it is current (the caller checks that afterwards). */
export function loadedSearcher(): LocalSearcher | undefined {
  return slot?.searcher;
}

/** Drops the copy of `version`, found outdated. */
export function forgetSearcher(version: string): void {
  if (slot?.version === version) slot = undefined;
}
