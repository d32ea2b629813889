import type { Language } from "../worker/protocol";
import type { Embedder } from "./embedders";
import { reciprocalRankFusion } from "./fuse";
import type { VectorIndex } from "./indexes/types";
import { chunksStatement, keywordStatement, toHits } from "./search";
import type { KbHit } from "./types";

/** How many candidates each retriever contributes before fusion. */
const CANDIDATES = 20;
/**
 * A vector match below this cosine is noise, not evidence: with nothing above it and no keyword match the knowledge
 * base has no answer, and the agent must say so instead of answering from an unrelated passage.
 */
export const MIN_SIMILARITY = 0.3;

export type SearchDeps = { db: D1Database; embedder: Embedder; index: VectorIndex };

/**
 * Vector matches first (the local index answers from memory), then one D1 round trip for the keyword matches, the
 * text of the vector matches and the local index's freshness check: in workerd each round trip costs more than
 * the searching itself. Answered from an outdated copy, the vector side is asked once more; a second outdated
 * answer (writes racing this query) is kept, as it was current a moment ago.
 */
async function candidates(deps: SearchDeps, query: string, vector: Float32Array, lang: Language | null) {
  for (let attempt = 0; ; attempt++) {
    const { matches, freshness } = await deps.index.query(vector, { lang: lang ?? undefined, k: CANDIDATES });
    const similar = matches.filter((m) => m.score >= MIN_SIMILARITY);
    const keywordQuery = keywordStatement(deps.db, query, lang, CANDIDATES);
    const chunksQuery = chunksStatement(
      deps.db,
      similar.map((m) => m.chunkId),
    );
    const statements = [freshness?.statement ?? null, keywordQuery, chunksQuery];
    const batch = statements.filter((s): s is D1PreparedStatement => s !== null);
    const results = batch.length ? await deps.db.batch(batch) : [];
    const resultOf = (s: D1PreparedStatement | null) => (s ? results[batch.indexOf(s)] : undefined);
    if (freshness && !freshness.isCurrent(resultOf(freshness.statement)!) && attempt === 0) continue;
    const chunks = new Map(toHits(resultOf(chunksQuery)).map((hit) => [hit.chunkId, hit]));
    // A vector match whose chunk is gone (Vectorize deletes lag behind D1) is dropped.
    return { keyword: toHits(resultOf(keywordQuery)), similar: similar.filter((m) => chunks.has(m.chunkId)), chunks };
  }
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
  let found = lang ? await candidates(deps, query, vector, lang) : undefined;
  if (!found || (found.keyword.length === 0 && found.similar.length === 0)) {
    found = await candidates(deps, query, vector, null);
  }
  const fused = reciprocalRankFusion([found.keyword.map((h) => h.chunkId), found.similar.map((m) => m.chunkId)]);
  const known = new Map([...found.chunks, ...found.keyword.map((h) => [h.chunkId, h] as const)]);
  return fused.slice(0, k).map(({ id, score }) => ({ ...known.get(id)!, score }));
}
