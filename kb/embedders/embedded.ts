import { words } from "../text";
import type { Embedder } from "./types";

/**
 * The default embedder: offline, deterministic and language-agnostic. Each text becomes a hashed bag of character
 * n-grams (3–5 letters, inside word boundaries) plus whole words, L2-normalised — so "retour", "retourner" and
 * "return" share features across languages and inflections, with no model to download.
 */
const DIMENSIONS = 512;

/** FNV-1a: fast, stable across runtimes, good enough spread for feature hashing. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function add(vector: Float32Array, feature: string, weight: number) {
  const h = hash(feature);
  vector[h % DIMENSIONS]! += (h & 0x80000000 ? -1 : 1) * weight;
}

export function embedText(text: string): Float32Array {
  const vector = new Float32Array(DIMENSIONS);
  for (const word of words(text)) {
    if (word.length < 2) continue;
    add(vector, `w:${word}`, 1);
    const padded = `<${word}>`;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(vector, padded.slice(i, i + n), n === 3 ? 0.5 : 0.75);
    }
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < DIMENSIONS; i++) vector[i]! /= norm;
  return vector;
}

export const embeddedEmbedder: Embedder = {
  id: "shopkeeper-ngram-v1",
  dimensions: DIMENSIONS,
  embed: async (texts) => texts.map(embedText),
};
