import { fold } from "../../agent/router/text";
import type { OrderItem } from "../../commerce/types";
import { escapeRegExp } from "../../i18n/text";

/** Title words too generic to pick a line by ("set", "bag", "1 kg"). */
const GENERIC = new Set(["set", "bag", "pack", "house", "with", "and", "the", "for"]);

const wordsOf = (text: string) => fold(text).match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [];

/** Whether `phrase` appears in `text` as whole words ("L" in "size L", not in "l'adresse"). */
export function mentions(text: string, phrase: string): boolean {
  const escaped = escapeRegExp(fold(phrase));
  return new RegExp(`(?<![\\p{L}\\d'])${escaped}(?![\\p{L}\\d'])`, "u").test(fold(text));
}

/**
 * The lines of an order a text names: an exact line id, else the lines sharing the most distinctive title words
 * with it ("espresso" → "House Espresso Beans 1 kg"). Several lines back means the text is ambiguous.
 */
export function itemsNamed(items: OrderItem[], text: string | undefined): OrderItem[] {
  if (!text) return [];
  const byId = items.find((item) => item.id === text);
  if (byId) return [byId];
  const words = new Set(wordsOf(text));
  const scored = items.map((item) => ({
    item,
    score: wordsOf(item.title).filter((w) => w.length > 2 && !GENERIC.has(w) && !/^\d+$/.test(w) && words.has(w))
      .length,
  }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best === 0 ? [] : scored.filter((s) => s.score === best).map((s) => s.item);
}

/** The variant among `options` a text asks for, other than the line's current one; exact names win. */
export function variantNamed(options: string[], text: string | undefined, current?: string): string | undefined {
  if (!text) return undefined;
  const exact = options.find((option) => fold(option) === fold(text));
  if (exact) return exact;
  const named = options.filter((option) => option !== current && mentions(text, option));
  // "Large" and "L" both match "large": the longest name is the one meant.
  return named.sort((a, b) => b.length - a.length)[0];
}
