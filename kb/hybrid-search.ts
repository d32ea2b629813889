import type { Language } from "../worker/protocol";
import type { Embedder } from "./embedders";
import { reciprocalRankFusion } from "./fuse";
import type { VectorIndex } from "./indexes/types";
import { chunksById, keywordSearch } from "./search";
import type { KbHit } from "./types";

/** How many candidates each retriever contributes before fusion. */
const CANDIDATES = 20;
/**
 * A vector match below this cosine is noise, not evidence: with nothing above it and no keyword match the knowledge
 * base has no answer, and the agent must say so instead of answering from an unrelated passage.
 */
export const MIN_SIMILARITY = 0.3;

export type SearchDeps = { db: D1Database; embedder: Embedder; index: VectorIndex };

async function candidates(deps: SearchDeps, query: string, vector: Float32Array, lang: Language | null) {
  const [keyword, similar] = await Promise.all([
    keywordSearch(deps.db, query, lang, CANDIDATES),
    deps.index.query(vector, { lang: lang ?? undefined, k: CANDIDATES }),
  ]);
  return { keyword, similar: similar.filter((m) => m.score >= MIN_SIMILARITY) };
}

/**
 * Hybrid retrieval (DESIGN §9): BM25 and vector similarity fused by reciprocal rank, in the shopper's language when
 * the knowledge base has matching content in it, otherwise across all languages.
 */
export async function hybridSearch(
  deps: SearchDeps,
  query: string,
  lang: Language | undefined,
  k: number,
): Promise<KbHit[]> {
  const [vector] = await deps.embedder.embed([query]);
  if (!vector) return [];
  let found = lang ? await candidates(deps, query, vector, lang) : { keyword: [], similar: [] };
  if (found.keyword.length === 0 && found.similar.length === 0) found = await candidates(deps, query, vector, null);
  const fused = reciprocalRankFusion([found.keyword.map((h) => h.chunkId), found.similar.map((m) => m.chunkId)]).slice(
    0,
    k,
  );
  const known = new Map(found.keyword.map((h) => [h.chunkId, h]));
  const missing = await chunksById(
    deps.db,
    fused.map((f) => f.id).filter((id) => !known.has(id)),
  );
  return fused
    .map(({ id, score }) => {
      const hit = known.get(id) ?? missing.get(id);
      return hit ? { ...hit, score } : undefined;
    })
    .filter((hit): hit is KbHit => hit !== undefined);
}
