import { tool } from "ai";
import { z } from "zod";
import type { CatalogueProduct } from "../../commerce/types";
import type { Money, ProductCard } from "../../protocol";
import type { SkillContext } from "../types";
import { type Budget, budgetIn, inStoreCurrency } from "./budget";
import { conceptsIn, fold, freeWords } from "./match";
import { type CategoryHint, type Ranking, type RankRequest, rankProducts, type Suggestion } from "./rank";
import { handleFromPageUrl, imageUrl, productUrl, storeBase } from "./store-links";
import { categoryLabel, whyFor } from "./why";

export type SuggestedProduct = { title: string; price: Money; url?: string; why: string };
export type RecommendOutput = {
  outcome: Ranking["outcome"];
  mode?: "need" | "similar" | "budget";
  products: SuggestedProduct[];
  /** The ceiling as the shopper wrote it, and in the store's currency when that differs. */
  budget?: { asked: Money; store: Money };
  viewing?: string;
  closest: { category: string; from: Money }[];
};

const CHEAPER =
  /\b(?:cheaper|less expensive|moins cher|tansz\p{L}*|billiger|gunstiger|mas barat\p{L}*|mas economic\p{L}*)\b/u;

/** The budget's ceiling and floor in the store's currency; a currency we cannot convert is left out, not guessed. */
function priceWindow(budget: Budget, currency: string) {
  const max = budget.max ? inStoreCurrency(budget.max, currency) : null;
  const min = budget.min ? inStoreCurrency(budget.min, currency) : null;
  return { max: max ?? undefined, min: min ?? undefined };
}

function closestHints(hints: CategoryHint[], ctx: SkillContext) {
  return hints.map((hint) => ({ category: categoryLabel(hint.category, ctx.language), from: hint.from }));
}

/** The shopper's words read into a ranking request: concepts, free words, budget, and the product on the page. */
function readRequest(ctx: SkillContext, catalogue: CatalogueProduct[], request: string) {
  const currency = catalogue[0]?.price.currency ?? "EUR";
  const budget = budgetIn(request, currency);
  const window = priceWindow(budget, currency);
  const handle = handleFromPageUrl(ctx.conversation?.pageUrl);
  const viewing = catalogue.find((p) => p.handle === handle);
  const rankRequest: RankRequest = {
    concepts: conceptsIn(request),
    words: freeWords(request),
    max: window.max?.amount,
    below: budget.below,
    min: window.min?.amount,
    viewing,
    cheaper: CHEAPER.test(fold(request)),
  };
  const asked = budget.max && window.max ? { asked: budget.max, store: window.max } : undefined;
  return { request: rankRequest, asked, viewing };
}

/** The picks with their reasons, and the card entries for those whose url could be built on the store's host. */
function present(ctx: SkillContext, picks: Suggestion[], why: Parameters<typeof whyFor>[1]) {
  const base = storeBase(ctx.env.STORE_URL);
  const card: ProductCard["products"] = [];
  const products = picks.map(({ product, ...reasons }): SuggestedProduct => {
    const reason = whyFor({ product, ...reasons }, why);
    const url = base ? productUrl(base, product.handle) : null;
    if (base && url) {
      const image = imageUrl(base, product.image);
      card.push({ id: product.id, title: product.title, price: product.price, image, url, why: reason });
    }
    return { title: product.title, price: product.price, url: url ?? undefined, why: reason };
  });
  return { products, card };
}

/**
 * Suggests up to three available products from the catalogue for what the shopper asked, their budget, or the
 * product page they are on. The product card is written here from catalogue rows; each `why` says what matched.
 */
export function recommendTool(ctx: SkillContext) {
  return tool({
    description:
      "Suggest up to three products from the store's catalogue for the shopper's request (need, occasion, budget, " +
      "or 'something like this' for the product page they are on). Pass the request in the shopper's words.",
    inputSchema: z.object({ request: z.string().min(1).max(500).describe("The shopper's request, in their words") }),
    execute: async ({ request }): Promise<RecommendOutput> => {
      const catalogue = await ctx.commerce.listProducts();
      const { request: asking, asked, viewing } = readRequest(ctx, catalogue, request);
      const ranking = rankProducts(catalogue, asking);
      if (ranking.outcome !== "picks") {
        const closest = closestHints(ranking.closest, ctx);
        return { outcome: ranking.outcome, products: [], budget: asked, viewing: viewing?.title, closest };
      }
      const similar = ranking.mode === "similar" && viewing ? viewing : undefined;
      const { products, card } = present(ctx, ranking.picks, {
        language: ctx.language,
        budgeted: asked !== undefined,
        viewing: similar && { title: similar.title, category: similar.category },
      });
      if (card.length) ctx.writer.write({ type: "data-product", id: "products", data: { products: card } });
      return { outcome: "picks", mode: ranking.mode, products, budget: asked, viewing: similar?.title, closest: [] };
    },
  });
}
