import { seededRandom } from "../random";

/**
 * Spherical k-means (cosine): points and centroids are unit vectors, packed `dimensions` floats per row. A fixed
 * seed and a fixed number of rounds make the clustering identical in every isolate that builds it.
 */
export type KMeansOptions = { iterations: number; seed: number };

/** Dot product of row `aRow` of `a` with row `bRow` of `b`; four sums let V8 overlap the multiply-adds. */
export function dotAt(a: Float64Array, aRow: number, b: Float64Array, bRow: number, dimensions: number): number {
  const ao = aRow * dimensions;
  const bo = bRow * dimensions;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < dimensions; j += 4) {
    s0 += a[ao + j]! * b[bo + j]!;
    s1 += a[ao + j + 1]! * b[bo + j + 1]!;
    s2 += a[ao + j + 2]! * b[bo + j + 2]!;
    s3 += a[ao + j + 3]! * b[bo + j + 3]!;
  }
  for (; j < dimensions; j++) s0 += a[ao + j]! * b[bo + j]!;
  return s0 + s1 + s2 + s3;
}

/** The centroid nearest (highest cosine) to row `row` of `points`. */
export function nearestCentroid(centroids: Float64Array, k: number, points: Float64Array, row: number, d: number) {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    const score = dotAt(centroids, c, points, row, d);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function normaliseRow(values: Float64Array, row: number, d: number) {
  let norm = 0;
  for (let j = 0; j < d; j++) norm += values[row * d + j]! ** 2;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let j = 0; j < d; j++) values[row * d + j]! /= norm;
  return norm > 0;
}

export function sphericalKMeans(
  points: Float64Array,
  count: number,
  dimensions: number,
  k: number,
  { iterations, seed }: KMeansOptions,
): Float64Array {
  const random = seededRandom(seed);
  const pick = () => Math.floor(random() * count);
  // Start from k distinct points: a partial Fisher–Yates shuffle of the row numbers.
  const order = Uint32Array.from({ length: count }, (_, i) => i);
  const centroids = new Float64Array(k * dimensions);
  for (let c = 0; c < k; c++) {
    const j = c + Math.floor(random() * (count - c));
    [order[c], order[j]] = [order[j]!, order[c]!];
    centroids.set(points.subarray(order[c]! * dimensions, (order[c]! + 1) * dimensions), c * dimensions);
  }
  const sums = new Float64Array(k * dimensions);
  for (let round = 0; round < iterations; round++) {
    sums.fill(0);
    for (let p = 0; p < count; p++) {
      const c = nearestCentroid(centroids, k, points, p, dimensions);
      for (let j = 0; j < dimensions; j++) sums[c * dimensions + j]! += points[p * dimensions + j]!;
    }
    centroids.set(sums);
    for (let c = 0; c < k; c++) {
      // An empty cluster would never attract a point again: restart it from a random point.
      if (!normaliseRow(centroids, c, dimensions)) {
        const p = pick();
        centroids.set(points.subarray(p * dimensions, (p + 1) * dimensions), c * dimensions);
      }
    }
  }
  return centroids;
}
