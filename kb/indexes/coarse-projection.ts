import { seededRandom } from "../random";
import type { VectorBlock } from "./vector-block";

/**
 * Clustering in all 512 (or 1536) dimensions would cost rows × lists × dimensions multiply-adds on every index
 * build. IVF only needs the coarse neighbourhood of a vector, so clustering runs on a random-sign fold to 64
 * dimensions (coordinate j adds ±x[j] to slot j mod 64, a count-sketch), which keeps inner products in
 * expectation at a fraction of the cost. The exact int8 vectors still score the candidates.
 */

export type CoarseProjection = {
  dimensions: number;
  /** Writes the projection of block row `row` into `out`, L2-normalised. */
  projectRow(block: VectorBlock, row: number, out: Float64Array): Float64Array;
  /** Writes the projection of a query vector into `out`, L2-normalised. */
  projectQuery(query: ArrayLike<number>, out: Float64Array): Float64Array;
};

function normalise(out: Float64Array): Float64Array {
  let norm = 0;
  for (const value of out) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}

export function coarseProjection(sourceDimensions: number, coarseDimensions: number, seed = 0x5eed): CoarseProjection {
  const dimensions = Math.min(coarseDimensions, sourceDimensions);
  const random = seededRandom(seed);
  const signs = Float64Array.from({ length: sourceDimensions }, () => (random() < 0.5 ? -1 : 1));
  const fold = (source: ArrayLike<number>, offset: number, out: Float64Array) => {
    out.fill(0);
    for (let j = 0; j < sourceDimensions; j++) out[j % dimensions]! += signs[j]! * source[offset + j]!;
    return normalise(out);
  };
  return {
    dimensions,
    projectRow: (block, row, out) => fold(block.vectors, row * block.dimensions, out),
    projectQuery: (query, out) => fold(query, 0, out),
  };
}
