import { describe, expect, it } from "vitest";
import { buildIvf } from "../../../kb/indexes/ivf";
import { TopK } from "../../../kb/indexes/top-k";
import type { VectorBlock } from "../../../kb/indexes/vector-block";
import { searcherFor } from "../../../kb/indexes/vector-cache";
import { quantize } from "../../../kb/quantize";
import { seededRandom } from "../../../kb/random";
import type { Language } from "../../../worker/protocol";

const DIMS = 96;
/** Clusters overlap at this spread, so how many lists a query probes shows in the recall. */
const SPREAD = 1.5;

function unit(values: number[]): Float32Array {
  const norm = Math.hypot(...values) || 1;
  return Float32Array.from(values, (v) => v / norm);
}

/**
 * `clusters` topics of `perCluster` vectors each, scattered around a random centre — the shape of a real knowledge
 * base, where chunks group by subject. Cluster c is in `langOf(c)`.
 */
function clusteredBlock(clusters: number, perCluster: number, langOf: (c: number) => Language = () => "en") {
  const random = seededRandom(42);
  const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: clusters }, () => Array.from({ length: DIMS }, gauss));
  const vectors: { id: string; lang: Language; vector: Float32Array }[] = [];
  centres.forEach((centre, c) => {
    for (let i = 0; i < perCluster; i++) {
      const vector = unit(centre.map((x) => x + SPREAD * gauss()));
      vectors.push({ id: `c${c}-${String(i).padStart(4, "0")}`, lang: langOf(c), vector });
    }
  });
  return { block: toBlock(vectors), vectors, centres };
}

function toBlock(rows: { id: string; lang: Language; vector: Float32Array }[]): VectorBlock {
  const block: VectorBlock = {
    dimensions: DIMS,
    count: rows.length,
    vectors: new Int8Array(rows.length * DIMS),
    scales: new Float32Array(rows.length),
    ids: rows.map((r) => r.id),
    langs: new Uint8Array(rows.length),
    languages: [],
  };
  rows.forEach((row, i) => {
    const { bytes, scale } = quantize(row.vector);
    block.vectors.set(new Int8Array(bytes.buffer), i * DIMS);
    block.scales[i] = scale;
    if (!block.languages.includes(row.lang)) block.languages.push(row.lang);
    block.langs[i] = block.languages.indexOf(row.lang);
  });
  return block;
}

/** The true nearest neighbours of the stored (int8) vectors: every row scored, ties by id. */
function bruteForce(block: VectorBlock, query: Float32Array, k: number) {
  return block.ids
    .map((id, row) => {
      let score = 0;
      for (let j = 0; j < DIMS; j++) score += block.vectors[row * DIMS + j]! * block.scales[row]! * query[j]!;
      return { id, score };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, k)
    .map((r) => r.id);
}

const nearQuery = (vector: Float32Array, seed: number) => {
  const random = seededRandom(seed);
  return unit(Array.from(vector, (v) => v + 0.15 * (random() - 0.5)));
};

describe("local vector index", () => {
  it("keeps the k best matches, best first, ties in chunk-id order", () => {
    const top = new TopK(3);
    for (const [id, score] of [
      ["d", 0.5],
      ["b", 0.9],
      ["c", 0.5],
      ["a", 0.1],
      ["e", 0.7],
    ] as const)
      top.offer(id, score);
    expect(top.matches.map((m) => m.chunkId)).toEqual(["b", "e", "c"]);
  });

  it("answers exactly by scanning every vector while the store is small", () => {
    const { block, vectors } = clusteredBlock(10, 30);
    const searcher = searcherFor(block, "v1", 5000);
    expect(searcher.mode).toBe("exact");
    for (let q = 0; q < 20; q++) {
      const query = nearQuery(vectors[q * 13]!.vector, q);
      expect(searcher.search(query, undefined, 5).map((m) => m.chunkId)).toEqual(bruteForce(block, query, 5));
    }
  });

  it("partitions a large store into lists and still finds ≥ 90% of the true nearest neighbours", () => {
    const { block, vectors } = clusteredBlock(60, 100);
    const searcher = searcherFor(block, "v1", 5000);
    expect(searcher.mode).toBe("ivf");
    let found = 0;
    let wanted = 0;
    for (let q = 0; q < 50; q++) {
      const query = nearQuery(vectors[(q * 977) % vectors.length]!.vector, q);
      const truth = bruteForce(block, query, 10);
      const got = new Set(searcher.search(query, undefined, 10).map((m) => m.chunkId));
      found += truth.filter((id) => got.has(id)).length;
      wanted += truth.length;
    }
    expect(found / wanted).toBeGreaterThanOrEqual(0.9);
  });

  it("builds the same partition in every isolate", () => {
    const { block } = clusteredBlock(30, 200);
    const a = buildIvf(block);
    const b = buildIvf(block);
    expect(a.lists).toBe(Math.round(Math.sqrt(block.count)));
    expect(b.centroids).toEqual(a.centroids);
    expect(b.members).toEqual(a.members);
  });

  it("finds k matches in the shopper's language even when its chunks sit far from the query", () => {
    // Only cluster 0 is Polish; the query sits in an English cluster, so the nearest lists hold no Polish chunk.
    const { block, vectors } = clusteredBlock(60, 100, (c) => (c === 0 ? "pl" : "en"));
    const searcher = searcherFor(block, "v1", 5000);
    const query = nearQuery(vectors[5000]!.vector, 7);
    const polish = searcher.search(query, "pl", 5);
    expect(polish).toHaveLength(5);
    expect(polish.every((m) => m.chunkId.startsWith("c0-"))).toBe(true);
    expect(searcher.search(query, "de", 5)).toEqual([]);
  });
});
