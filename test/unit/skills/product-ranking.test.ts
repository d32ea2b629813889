import { describe, expect, it } from "vitest";
import { catalogue as seed } from "../../../db/seed/catalogue";
import type { CatalogueProduct } from "../../../worker/commerce/types";
import { conceptsIn, freeWords } from "../../../worker/skills/product-recommendations/match";
import { type RankRequest, rankProducts } from "../../../worker/skills/product-recommendations/rank";

/** The demo catalogue as the commerce backend returns it. */
const CATALOGUE: CatalogueProduct[] = seed.map((p) => ({
  id: p.id ?? p.handle,
  handle: p.handle,
  title: p.title,
  category: p.category,
  description: p.description,
  price: { amount: p.price / 100, currency: "EUR" },
  tags: p.tags,
  variants: p.variants,
  available: p.available,
}));

const request = (text: string, extra: Partial<RankRequest> = {}): RankRequest => ({
  concepts: conceptsIn(text),
  words: freeWords(text),
  ...extra,
});
const handles = (ranking: ReturnType<typeof rankProducts>) =>
  ranking.outcome === "picks" ? ranking.picks.map((p) => p.product.handle) : [];
const product = (handle: string) => CATALOGUE.find((p) => p.handle === handle)!;

describe("ranking the catalogue for a shopper's need", () => {
  it.each([
    ["a vegan moisturiser", "vegan-face-cream"],
    ["une crème hydratante vegan", "vegan-face-cream"],
    ["szukam kremu nawilżającego", "vegan-face-cream"],
    ["running shoes", "running-sneakers"],
    ["des chaussures de course", "running-sneakers"],
    ["buty do biegania", "running-sneakers"],
    ["Laufschuhe", "running-sneakers"],
    ["zapatillas para correr", "running-sneakers"],
    ["something in silk", "silk-scarf"],
    ["decaf coffee", "decaf-colombia"],
    ["eine Regenjacke", "rain-jacket"],
  ])("puts the best match first for %j", (text, best) => {
    expect(handles(rankProducts(CATALOGUE, request(text)))[0]).toBe(best);
  });

  it("shows only products that are what was asked for: no vegan sneakers for a vegan moisturiser", () => {
    const picks = handles(rankProducts(CATALOGUE, request("a vegan moisturiser")));
    expect(picks.every((h) => product(h).category === "skincare")).toBe(true);
  });

  it("drops weaker matches: running shoes, not slippers", () => {
    expect(handles(rankProducts(CATALOGUE, request("running shoes")))).toEqual(["running-sneakers"]);
  });

  it.each([
    ["chaussures", "footwear"],
    ["buty", "footwear"],
    ["Schuhe", "footwear"],
    ["zapatos", "footwear"],
  ])("understands %j as %s and suggests three", (text, category) => {
    const picks = handles(rankProducts(CATALOGUE, request(text)));
    expect(picks).toHaveLength(3);
    expect(picks.every((h) => product(h).category === category)).toBe(true);
  });

  it.each(["a gift", "un cadeau", "prezent", "ein Geschenk", "un regalo"])(
    "reads %j as a gift and picks gift-tagged products from different categories",
    (text) => {
      const picks = handles(rankProducts(CATALOGUE, request(text, { max: 50, below: true })));
      expect(picks).toHaveLength(3);
      expect(picks.every((h) => product(h).tags.includes("gift") && product(h).price.amount < 50)).toBe(true);
      expect(new Set(picks.map((h) => product(h).category)).size).toBe(3);
    },
  );
});

describe("budgets, availability and the product on the page", () => {
  it("never suggests more than three products, all within the budget", () => {
    const picks = handles(rankProducts(CATALOGUE, request("something", { max: 40 })));
    expect(picks).toHaveLength(3);
    for (const h of picks) expect(product(h).price.amount).toBeLessThanOrEqual(40);
  });

  it("excludes the ceiling itself for 'under' and includes it for 'up to'", () => {
    const under = handles(rankProducts(CATALOGUE, request("gift card", { max: 50, below: true })));
    const upTo = handles(rankProducts(CATALOGUE, request("gift card", { max: 50 })));
    expect(under).toEqual([]);
    expect(upTo).toEqual(["gift-card-50"]);
  });

  it("never suggests an unavailable product", () => {
    const soldOut = CATALOGUE.map((p) => (p.handle === "vegan-face-cream" ? { ...p, available: false } : p));
    const ranking = rankProducts(soldOut, request("a vegan moisturiser"));
    expect(handles(ranking)).not.toContain("vegan-face-cream");
  });

  it("says nothing fits the budget and points at the closest category with its lowest price", () => {
    expect(rankProducts(CATALOGUE, request("running shoes", { max: 40 }))).toEqual({
      outcome: "over_budget",
      closest: [{ category: "footwear", from: { amount: 49, currency: "EUR" } }],
    });
  });

  it("asks for more when there is no need, budget or page to go on, listing every category", () => {
    const ranking = rankProducts(CATALOGUE, request("do you have a telescope?"));
    expect(ranking.outcome).toBe("unclear");
    expect(ranking.outcome !== "picks" && ranking.closest.map((c) => c.category)).toEqual([
      "skincare",
      "coffee",
      "accessories",
      "apparel",
      "footwear",
      "gift cards",
    ]);
  });

  it("suggests products like the one on the page, never that product itself", () => {
    const ranking = rankProducts(CATALOGUE, request("something similar?", { viewing: product("linen-shirt") }));
    expect(ranking).toMatchObject({ outcome: "picks", mode: "similar" });
    const picks = handles(ranking);
    expect(picks[0]).toBe("striped-tee");
    expect(picks).not.toContain("linen-shirt");
    expect(picks).toHaveLength(3);
  });

  it("keeps 'cheaper than this' below the viewed product's price", () => {
    const viewing = product("running-sneakers");
    const picks = handles(rankProducts(CATALOGUE, request("cheaper?", { viewing, cheaper: true })));
    expect(picks.length).toBeGreaterThan(0);
    for (const h of picks) expect(product(h).price.amount).toBeLessThan(viewing.price.amount);
  });

  it("is deterministic", () => {
    const r = request("a gift", { max: 60 });
    expect(rankProducts(CATALOGUE, r)).toEqual(rankProducts([...CATALOGUE].reverse(), r));
  });
});
