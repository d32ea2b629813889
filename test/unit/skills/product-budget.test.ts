import { describe, expect, it } from "vitest";
import { amountsIn } from "../../../worker/i18n/money-in-text";
import { budgetIn, inStoreCurrency } from "../../../worker/skills/product-recommendations/budget";
import { handleFromPageUrl, productUrl, storeBase } from "../../../worker/skills/product-recommendations/store-links";

const eur = (amount: number) => ({ amount, currency: "EUR" });

describe("reading a budget from a shopper's message", () => {
  it.each([
    ["a gift under €50", { max: eur(50), below: true }],
    ["under 40 euros", { max: eur(40), below: true }],
    ["moins de 50 €", { max: eur(50), below: true }],
    ["jusqu'à 60 €", { max: eur(60), below: false }],
    ["do 100 zł", { max: { amount: 100, currency: "PLN" }, below: false }],
    ["poniżej 150 zł", { max: { amount: 150, currency: "PLN" }, below: true }],
    ["Geschenk unter 50 Euro", { max: eur(50), below: true }],
    ["un regalo de menos de 30 €", { max: eur(30), below: true }],
    ["hasta 45 euros", { max: eur(45), below: false }],
    ["no more than $40", { max: { amount: 40, currency: "USD" }, below: false }],
    ["pas plus de 30 €", { max: eur(30), below: false }],
    ["max 30", { max: eur(30), below: false }],
    ["a present for 50 €", { max: eur(50) }],
    ["at least 20 euros", { min: eur(20) }],
  ])("%j", (text, budget) => {
    expect(budgetIn(text, "EUR")).toEqual(budget);
  });

  it.each([
    ["between 20 and 30 euros", eur(20), eur(30)],
    ["entre 20 et 30 €", eur(20), eur(30)],
    ["od 50 do 100 zł", { amount: 50, currency: "PLN" }, { amount: 100, currency: "PLN" }],
    ["zwischen 20 und 40 Euro", eur(20), eur(40)],
  ])("reads the range in %j", (text, min, max) => {
    expect(budgetIn(text, "EUR")).toEqual({ min, max });
  });

  it.each(["running shoes size 42", "SUMMER5 for order #1003", "buty do biegania", "for 2 people"])(
    "finds no budget in %j",
    (text) => {
      expect(budgetIn(text, "EUR")).toEqual({});
    },
  );

  it("reads amounts with decimals and thousands in the shopper's conventions", () => {
    expect(amountsIn("12,50 € or €1,250 or 1 250 zł").map((m) => [m.amount, m.currency])).toEqual([
      [12.5, "EUR"],
      [1250, "EUR"],
      [1250, "PLN"],
    ]);
  });

  it("converts a budget in another currency to the store's, and refuses one it has no rate for", () => {
    expect(inStoreCurrency({ amount: 100, currency: "PLN" }, "EUR")).toEqual(eur(23));
    expect(inStoreCurrency(eur(10), "EUR")).toEqual(eur(10));
    expect(inStoreCurrency({ amount: 100, currency: "JPY" }, "EUR")).toBeNull();
  });
});

describe("links into the storefront", () => {
  it("builds product urls on the configured store only", () => {
    const base = storeBase("https://shop.example.com")!;
    expect(productUrl(base, "linen-shirt")).toBe("https://shop.example.com/products/linen-shirt");
    expect(productUrl(base, "../admin")).toBeNull();
    expect(storeBase("javascript:alert(1)")).toBeNull();
    expect(storeBase("http://shop.example.com")).toBeNull();
    expect(storeBase("")).toBeNull();
  });

  it.each([
    ["https://shop.example.com/products/linen-shirt", "linen-shirt"],
    ["https://shop.example.com/fr/products/linen-shirt?variant=2#reviews", "linen-shirt"],
    ["https://shop.example.com/collections/sale/products/Canvas-Tote", "canvas-tote"],
    ["https://shop.example.com/cart", undefined],
    ["not a url", undefined],
    [undefined, undefined],
  ])("reads the product handle of the page %j", (url, handle) => {
    expect(handleFromPageUrl(url)).toBe(handle);
  });
});
