import { seededRandom } from "../random";
import { type CoarseProjection, coarseProjection } from "./coarse-projection";
import { type RowFilter, scanRows } from "./exact-scan";
import { dotAt, nearestCentroid, sphericalKMeans } from "./kmeans";
import { TopK } from "./top-k";
import type { VectorMatch } from "./types";
import type { VectorBlock } from "./vector-block";

/**
 * Inverted-file index over a vector block: rows are grouped by their nearest k-means centroid, and a query scans
 * only the lists of the few centroids nearest to it. With √n lists and a fixed number of probes a query scores
 * about probes × √n rows, so going from 10k to 100k chunks costs ~3×, not 10×. The price is approximate recall:
 * a neighbour that landed in an unprobed list is missed, which is why small stores use the exact scan instead.
 */
export type Ivf = {
  projection: CoarseProjection;
  centroids: Float64Array;
  lists: number;
  /** Rows of list c are members[offsets[c] … offsets[c + 1]). */
  offsets: Uint32Array;
  members: Uint32Array;
};

export const IVF_SETTINGS = {
  /** Dimensions the vectors are folded to for clustering (see coarse-projection.ts). */
  coarseDimensions: 64,
  /** Training points per list: enough for stable centroids, few enough to train in well under a second. */
  samplePerList: 16,
  iterations: 6,
  seed: 0x1f2e3d,
  /** Lists scanned per query. */
  probes: 10,
};

export function buildIvf(block: VectorBlock, settings = IVF_SETTINGS): Ivf {
  const projection = coarseProjection(block.dimensions, settings.coarseDimensions);
  const d = projection.dimensions;
  const lists = Math.max(1, Math.round(Math.sqrt(block.count)));
  // Train on a fixed pseudo-random sample of rows rather than all of them.
  const sampleSize = Math.min(block.count, lists * settings.samplePerList);
  const random = seededRandom(settings.seed);
  const sample = new Float64Array(sampleSize * d);
  for (let i = 0; i < sampleSize; i++) {
    const row = sampleSize === block.count ? i : Math.floor(random() * block.count);
    projection.projectRow(block, row, sample.subarray(i * d, (i + 1) * d));
  }
  const centroids = sphericalKMeans(sample, sampleSize, d, lists, settings);
  // Assign every row, then lay the lists out contiguously (counting sort), rows ascending within a list.
  const listOf = new Uint32Array(block.count);
  const counts = new Uint32Array(lists + 1);
  const scratch = new Float64Array(d);
  for (let row = 0; row < block.count; row++) {
    listOf[row] = nearestCentroid(centroids, lists, projection.projectRow(block, row, scratch), 0, d);
    counts[listOf[row]! + 1]!++;
  }
  const offsets = new Uint32Array(lists + 1);
  for (let c = 0; c < lists; c++) offsets[c + 1] = offsets[c]! + counts[c + 1]!;
  const next = offsets.slice(0, lists);
  const members = new Uint32Array(block.count);
  for (let row = 0; row < block.count; row++) members[next[listOf[row]!]!++] = row;
  return { projection, centroids, lists, offsets, members };
}

/**
 * Scans the lists of the `probes` centroids nearest the query; when a language filter leaves fewer than k
 * matches there, keeps probing further lists until k are found or every list has been scanned.
 */
export function ivfSearch(
  ivf: Ivf,
  block: VectorBlock,
  query: Float64Array,
  filter: RowFilter,
  k: number,
  probes = IVF_SETTINGS.probes,
): VectorMatch[] {
  const top = new TopK(k);
  if (filter === -1) return top.matches;
  const d = ivf.projection.dimensions;
  const coarse = ivf.projection.projectQuery(query, new Float64Array(d));
  const scores = Float64Array.from({ length: ivf.lists }, (_, c) => dotAt(ivf.centroids, c, coarse, 0, d));
  const order = Array.from({ length: ivf.lists }, (_, c) => c).sort((a, b) => scores[b]! - scores[a]! || a - b);
  for (let i = 0; i < order.length && (i < probes || !top.full); i++) {
    const c = order[i]!;
    scanRows(block, query, filter, top, ivf.members.subarray(ivf.offsets[c]!, ivf.offsets[c + 1]!));
  }
  return top.matches;
}
