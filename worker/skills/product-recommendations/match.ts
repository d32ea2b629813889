import type { CatalogueProduct } from "../../commerce/types";
import { escapeRegExp } from "../../i18n/text";
import { CONCEPTS, type Concept } from "./concepts";

/** Lower case, accents removed, "ł" → "l": shoppers type "creme" as often as "crème". */
export function fold(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/ß/g, "ss");
}

/** "shoe*" → a word starting with "shoe"; "*schuh*" → anywhere, for German compounds; otherwise the whole word. */
function pattern(word: string): string {
  const body = escapeRegExp(word.replace(/^\*|\*$/g, ""));
  const start = word.startsWith("*") ? "" : String.raw`(?<![\p{L}\d])`;
  const end = word.endsWith("*") ? "" : String.raw`(?![\p{L}\d])`;
  return `${start}${body}${end}`;
}

const COMPILED = CONCEPTS.map((concept) => ({
  concept,
  regex: new RegExp(concept.words.map(pattern).join("|"), "u"),
}));

/** The concepts a shopper's message asks for, in table order (types before traits within the table). */
export function conceptsIn(text: string): Concept[] {
  const folded = fold(text);
  return COMPILED.filter(({ regex }) => regex.test(folded)).map(({ concept }) => concept);
}

export function productMatches(product: CatalogueProduct, concept: Concept): boolean {
  if (concept.categories?.includes(product.category)) return true;
  if (concept.tags?.some((tag) => product.tags.includes(tag))) return true;
  const text = fold(` ${product.title} ${product.description}`);
  return concept.text?.some((fragment) => text.includes(fragment)) ?? false;
}

/**
 * Words of 4+ letters that no concept covers ("silk", "cork", "ethiopia"), matched as-is against product titles and
 * tags; a concept's own words ("gift", "vegan") are left out so they do not count twice.
 */
export function freeWords(text: string): string[] {
  const words = fold(text).match(/\p{L}{4,}/gu) ?? [];
  return words.filter((word) => !FUNCTION_WORDS.has(word) && !COMPILED.some(({ regex }) => regex.test(word)));
}

/** Small words that also occur in product titles ("pour" in "Pour-Over Set", "over") but never name a product. */
const FUNCTION_WORDS = new Set(
  "pour over under with from more less than about this that have what your some something please dans avec plus moins chose quelque comme podobne cos jakis jakies dla oder unter mehr etwas bitte para desde algo menos como".split(
    " ",
  ),
);
