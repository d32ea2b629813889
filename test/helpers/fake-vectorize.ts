/**
 * An in-memory `VectorizeIndex` (Vectorize is not simulated locally): `upsert`, `deleteByIds` and `query` with
 * cosine similarity, `$eq` metadata filters and Vectorize's limits (≤ 1,000 vectors per upsert from a Worker,
 * topK ≤ 100), so code that breaks them fails here as it would in production. Calls are recorded.
 */
type Stored = { values: number[]; metadata: Record<string, unknown> };

const cosine = (a: number[], b: number[]) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return dot / (Math.sqrt(na * nb) || 1);
};

export function fakeVectorize() {
  const vectors = new Map<string, Stored>();
  const calls = { upsert: [] as number[], deleteByIds: [] as string[][], query: [] as VectorizeQueryOptions[] };
  let mutation = 0;
  const index = {
    async upsert(batch: VectorizeVector[]) {
      if (batch.length > 1000) throw new Error("VECTOR_UPSERT_ERROR (code = 40007): too many vectors in one request");
      calls.upsert.push(batch.length);
      for (const v of batch) vectors.set(v.id, { values: Array.from(v.values), metadata: { ...v.metadata } });
      return { mutationId: `m${++mutation}` };
    },
    async deleteByIds(ids: string[]) {
      calls.deleteByIds.push(ids);
      for (const id of ids) vectors.delete(id);
      return { mutationId: `m${++mutation}` };
    },
    async query(query: Float32Array | number[], options: VectorizeQueryOptions = {}) {
      calls.query.push(options);
      const topK = options.topK ?? 5;
      if (topK > 100) throw new Error("VECTOR_QUERY_ERROR (code = 40025): topK must be at most 100");
      const filter = Object.entries(options.filter ?? {});
      const matches = [...vectors]
        .filter(([, v]) => filter.every(([key, value]) => v.metadata[key] === value))
        .map(([id, v]) => ({ id, score: cosine(Array.from(query), v.values) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, topK);
      return { count: matches.length, matches };
    },
  };
  return { index: index as unknown as VectorizeIndex, vectors, calls };
}
