import { stem } from "./text";

/**
 * Feature names with their weights, repeats allowed (they add up). Names are prefixed by kind so a word and a
 * letter group never collide. Plain arrays, not a Map: the model trains on ~600 exemplars in a cold isolate.
 */
export type Features = { names: string[]; weights: number[] };

/** How much each kind of feature counts. Letter groups are many per word, so each counts little. */
const WEIGHT = { word: 1, stem: 0.8, pair: 0.7, accented: 0.4, trigram: 0.15 };

function add(features: Features, name: string, weight: number) {
  features.names.push(name);
  features.weights.push(weight);
}

/**
 * Features of a message for the classifier: folded words, their 5-letter stems, pairs of neighbouring stems
 * ("track order" differs from "cancel order"), letter trigrams (robust to typos and inflection) and, as an
 * extra, the words as typed with their accents.
 */
export function extractFeatures(tokens: string[], accented: string[]): Features {
  const features: Features = { names: [], weights: [] };
  let previous = "^";
  for (const token of tokens) {
    const root = /\d/.test(token) ? "<num>" : stem(token);
    add(features, `w:${/\d/.test(token) ? "<num>" : token}`, WEIGHT.word);
    if (root !== token) add(features, `s:${root}`, WEIGHT.stem);
    add(features, `p:${previous} ${root}`, WEIGHT.pair);
    previous = root;
    if (token.length >= 4 && !/\d/.test(token)) {
      const padded = `<${token}>`;
      for (let i = 0; i + 3 <= padded.length; i++) add(features, `t:${padded.slice(i, i + 3)}`, WEIGHT.trigram);
    }
  }
  for (const word of accented) if (/[^a-z]/.test(word)) add(features, `a:${word}`, WEIGHT.accented);
  return features;
}
