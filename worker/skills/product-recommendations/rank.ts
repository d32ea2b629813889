import type { CatalogueProduct } from "../../commerce/types";
import type { Money } from "../../protocol";
import type { Concept } from "./concepts";
import { fold, productMatches } from "./match";

/** What the shopper asked for, already read from their message; prices in the store's currency. */
export type RankRequest = {
  concepts: Concept[];
  /** Folded words of the message, matched against product titles and tags ("silk", "cork", "ethiopia"). */
  words: string[];
  max?: number;
  /** The ceiling itself is excluded ("under 50 €"). */
  below?: boolean;
  min?: number;
  /** The product on the page the shopper is looking at. */
  viewing?: CatalogueProduct;
  /** "Something like this but cheaper": below the viewed product's price. */
  cheaper?: boolean;
};

/** Why a product was picked: the asked-for concepts and words it matches, or what it shares with the viewed one. */
export type Suggestion = { product: CatalogueProduct; concepts: Concept[]; words: string[]; sharedTags: string[] };
export type CategoryHint = { category: string; from: Money };

export type Ranking =
  | { outcome: "picks"; mode: "need" | "similar" | "budget"; picks: Suggestion[] }
  /** Nothing fits: nothing like it at all, or nothing within the budget; `closest` says where to look instead. */
  | { outcome: "no_match" | "over_budget"; closest: CategoryHint[] }
  /** No need, budget or product page to go on: ask, showing what the store sells. */
  | { outcome: "unclear"; closest: CategoryHint[] };

export const MAX_PICKS = 3;
/** A pick must score at least this share of the best one: running shoes, not slippers, for "running shoes". */
const KEEP = 0.75;

type Scored = Suggestion & { score: number };

const titleWords = (product: CatalogueProduct): string[] => fold(product.title).match(/\p{L}{4,}/gu) ?? [];

function scoreNeed(product: CatalogueProduct, request: RankRequest): Scored {
  const concepts = request.concepts.filter((concept) => productMatches(product, concept));
  const askedType = request.concepts.some((c) => c.kind === "type");
  const words = request.words.filter((w) => titleWords(product).includes(w) || product.tags.includes(w));
  // A type asked for is a requirement: a vegan sneaker is no answer to "a vegan moisturiser".
  const typed = !askedType || concepts.some((c) => c.kind === "type");
  const score = typed ? concepts.reduce((sum, c) => sum + (c.kind === "type" ? 2 : 1), 0) + words.length : 0;
  return { product, concepts, words, sharedTags: [], score };
}

function scoreSimilar(product: CatalogueProduct, viewing: CatalogueProduct): Scored {
  const sharedTags = product.tags.filter((tag) => viewing.tags.includes(tag));
  const score = (product.category === viewing.category ? 2 : 0) + sharedTags.length;
  return { product, concepts: [], words: [], sharedTags, score };
}

/** Cheapest product per category, cheapest categories first. */
export function categoryHints(products: CatalogueProduct[], limit = Number.POSITIVE_INFINITY): CategoryHint[] {
  const cheapest = new Map<string, Money>();
  for (const { category, price } of products) {
    const known = cheapest.get(category);
    if (!known || price.amount < known.amount) cheapest.set(category, price);
  }
  return [...cheapest]
    .map(([category, from]) => ({ category, from }))
    .sort((a, b) => a.from.amount - b.from.amount || a.category.localeCompare(b.category))
    .slice(0, limit);
}

/** Within each score tier, one product per category in turn, so three suggestions are not three of a kind. */
function diversify(sorted: Scored[]): Scored[] {
  const out: Scored[] = [];
  for (const score of [...new Set(sorted.map((s) => s.score))]) {
    const byCategory = new Map<string, Scored[]>();
    for (const s of sorted.filter((x) => x.score === score)) {
      byCategory.set(s.product.category, [...(byCategory.get(s.product.category) ?? []), s]);
    }
    while ([...byCategory.values()].some((list) => list.length)) {
      for (const list of byCategory.values()) if (list.length) out.push(list.shift()!);
    }
  }
  return out;
}

/** The products on offer, the price window and how ties break — shared by the three ways of ranking. */
type Shelf = {
  shown: CatalogueProduct[];
  inBudget: (product: CatalogueProduct) => boolean;
  pick: (mode: "need" | "similar" | "budget", scored: Scored[], spread: boolean) => Ranking;
};

function shelf(catalogue: CatalogueProduct[], request: RankRequest): Shelf {
  const { viewing, min } = request;
  const shown = catalogue.filter((p) => p.available && p.id !== viewing?.id);
  const max = request.cheaper && viewing ? Math.min(request.max ?? Infinity, viewing.price.amount - 0.01) : request.max;
  const under = (price: number) =>
    max === undefined || (request.below && max === request.max ? price < max : price <= max);
  // With a ceiling, the suggestions closest to it first (the shopper said what they want to spend); else cheapest.
  const byPrice = (a: Scored, b: Scored) =>
    (max !== undefined
      ? b.product.price.amount - a.product.price.amount
      : a.product.price.amount - b.product.price.amount) || a.product.handle.localeCompare(b.product.handle);
  return {
    shown,
    inBudget: (p) => under(p.price.amount) && (min === undefined || p.price.amount >= min),
    pick: (mode, scored, spread) => {
      const sorted = scored.sort((a, b) => b.score - a.score || byPrice(a, b));
      const picks = (spread ? diversify(sorted) : sorted).slice(0, MAX_PICKS);
      return { outcome: "picks", mode, picks: picks.map(({ score: _, ...p }) => p) };
    },
  };
}

function rankNeed(s: Shelf, need: Scored[], asked: boolean): Ranking | null {
  if (!asked && !need.length) return null;
  if (!need.length) return { outcome: "no_match", closest: categoryHints(s.shown, MAX_PICKS) };
  const fitting = need.filter((n) => s.inBudget(n.product));
  if (!fitting.length)
    return {
      outcome: "over_budget",
      closest: categoryHints(
        need.map((n) => n.product),
        MAX_PICKS,
      ),
    };
  const top = Math.max(...fitting.map((n) => n.score));
  return s.pick(
    "need",
    fitting.filter((n) => n.score >= top * KEEP),
    true,
  );
}

function rankSimilar(s: Shelf, viewing: CatalogueProduct): Ranking {
  const similar = s.shown.map((p) => scoreSimilar(p, viewing)).filter((n) => n.score > 0);
  const fitting = similar.filter((n) => s.inBudget(n.product));
  if (fitting.length) return s.pick("similar", fitting, false);
  return {
    outcome: "over_budget",
    closest: categoryHints(similar.length ? similar.map((n) => n.product) : s.shown, MAX_PICKS),
  };
}

function rankBudget(s: Shelf): Ranking {
  const fitting = s.shown
    .filter(s.inBudget)
    .map((product) => ({ product, concepts: [], words: [], sharedTags: [], score: 0 }));
  if (fitting.length) return s.pick("budget", fitting, true);
  return { outcome: "over_budget", closest: categoryHints(s.shown, MAX_PICKS) };
}

/**
 * Picks at most three available products for a request. A stated need comes first, then the product on the page
 * ("something like this"), then a bare budget. Deterministic: the same catalogue and request give the same picks.
 */
export function rankProducts(catalogue: CatalogueProduct[], request: RankRequest): Ranking {
  const s = shelf(catalogue, request);
  const need = s.shown.map((p) => scoreNeed(p, request)).filter((n) => n.score > 0);
  const byNeed = rankNeed(s, need, request.concepts.length > 0);
  if (byNeed) return byNeed;
  if (request.viewing) return rankSimilar(s, request.viewing);
  if (request.max !== undefined || request.min !== undefined) return rankBudget(s);
  return { outcome: "unclear", closest: categoryHints(s.shown) };
}
