import { env } from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import type { CreateConversationResponse } from "../../../worker/protocol";
import { type ChatResult, call, sendChat, startConversation } from "../../helpers/worker-client";

const productCard = (reply: ChatResult) => reply.cards.find((c) => c.type === "data-product")?.data;
const STORE = "https://shop.example.com/products/";

/** Asks in a new conversation; `lang` is the storefront's locale, as the widget sends it. */
async function ask(text: string, lang = "en", conversation?: CreateConversationResponse): Promise<ChatResult> {
  const reply = await sendChat(conversation ?? (await startConversation({ locale: lang })), text);
  expect(reply.status).toBe(200);
  return reply;
}

/** A conversation opened by the widget on a product page (DESIGN §5 `pageUrl`). */
async function onPage(pageUrl: string, locale?: string): Promise<CreateConversationResponse> {
  const res = await call("/v1/conversations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ pageUrl, locale }),
  });
  expect(res.status).toBe(201);
  return res.json();
}

describe("product recommendations for a stated need", () => {
  it.each([
    ["en", "Can you recommend a vegan moisturiser?", /^Here are my suggestions/, "Moisturiser, vegan — €24.00."],
    ["fr", "Je cherche une crème hydratante vegan", /^Voici mes suggestions/, "Crème hydratante, vegan — 24,00 €."],
    ["pl", "Szukam wegańskiego kremu nawilżającego", /^Oto moje propozycje/, "Krem nawilżający, wegański — 24,00 €."],
  ])("suggests the vegan face cream in %s with the reason on the card", async (lang, question, intro, why) => {
    const reply = await ask(question, lang);
    expect(reply.text).toMatch(intro);
    expect(reply.text).toContain("Daily Hydrating Face Cream");
    const [first] = productCard(reply).products;
    expect(first).toMatchObject({
      id: "prod_vegan-face-cream",
      title: "Daily Hydrating Face Cream",
      price: { amount: 24, currency: "EUR" },
      url: `${STORE}vegan-face-cream`,
    });
    expect(first.why.replace(/\u00a0|\u202f/g, " ")).toBe(why);
  });

  it.each([
    ["en", "Looking for running shoes", "Footwear, made for running — €95.00."],
    ["fr", "Vous auriez des chaussures de course ?", "Chaussures, pour la course — 95,00 €."],
    ["pl", "Polecisz buty do biegania?", "Obuwie, do biegania — 95,00 €."],
  ])("understands running shoes in %s", async (lang, question, why) => {
    const card = productCard(await ask(question, lang));
    expect(card.products.map((p: { title: string }) => p.title)).toEqual(["Lightweight Running Sneakers"]);
    expect(card.products[0].why.replace(/\u00a0|\u202f/g, " ")).toBe(why);
  });
});

describe("product recommendations within a budget", () => {
  it.each([
    ["en", "I need a gift under €50", /All within your budget of €50\.00\./, /a good gift/i, 49.99],
    [
      "fr",
      "Je cherche un cadeau à moins de 50 €",
      /Le tout dans votre budget de 50,00\s€\./,
      /une idée cadeau/i,
      49.99,
    ],
    ["pl", "Szukam prezentu do 200 zł", /Wszystko mieści się w budżecie 200,00\szł ≈ 46,00\s€\./, /prezent/i, 46],
  ])("suggests up to three gifts in %s, all within the budget", async (lang, question, budget, gift, max) => {
    const reply = await ask(question, lang);
    expect(reply.text).toMatch(budget);
    const { products } = productCard(reply);
    expect(products.length).toBeGreaterThan(0);
    expect(products.length).toBeLessThanOrEqual(3);
    for (const p of products) {
      expect(p.price.amount).toBeLessThanOrEqual(max);
      expect(p.why).toMatch(gift);
      expect(p.url.startsWith(STORE)).toBe(true);
      expect(reply.text).toContain(p.title);
    }
  });

  it.each([
    [
      "en",
      "Any running shoes under 40 euros?",
      "I couldn't find anything that fits within €40.00. The closest we have: footwear (from €49.00).",
    ],
    [
      "fr",
      "Des chaussures de course à moins de 40 € ?",
      "Je n'ai rien trouvé qui tienne dans 40,00 €. Ce qui s'en rapproche le plus : chaussures (à partir de 49,00 €).",
    ],
    [
      "pl",
      "Buty do biegania do 40 euro?",
      "Nie znalazłem niczego, co zmieści się w budżecie 40,00 €. Najbliżej tego mamy: obuwie (od 49,00 €).",
    ],
  ])("says so in %s when nothing fits, and points at the closest category", async (lang, question, answer) => {
    const reply = await ask(question, lang);
    expect(reply.text.replace(/\u00a0|\u202f/g, " ")).toBe(answer);
    expect(productCard(reply)).toBeUndefined();
  });
});

describe("product recommendations from the page the shopper is on", () => {
  it.each([
    ["en", "Something similar to this?", /^Since you're looking at the Linen Shirt, you might like/],
    ["fr", "Vous avez quelque chose de similaire ?", /^Puisque vous regardez l'article « Linen Shirt »/],
    ["pl", "Macie coś podobnego do tego?", /^Skoro oglądasz produkt „Linen Shirt”/],
  ])("suggests products like the one on the page in %s, never that product", async (lang, question, intro) => {
    const reply = await ask(question, lang, await onPage("https://shop.example.com/products/linen-shirt", lang));
    expect(reply.text).toMatch(intro);
    const { products } = productCard(reply);
    expect(products[0].title).toBe("Breton Striped Tee");
    expect(products.map((p: { id: string }) => p.id)).not.toContain("prod_linen-shirt");
    expect(products[0].why).toContain("Linen Shirt");
  });
});

describe("product recommendations only offer what can be bought", () => {
  afterEach(async () => {
    await env.DB.prepare("UPDATE products SET available = 1 WHERE handle = 'vegan-face-cream'").run();
  });

  it("never suggests a product that is unavailable", async () => {
    await env.DB.prepare("UPDATE products SET available = 0 WHERE handle = 'vegan-face-cream'").run();
    const reply = await ask("Can you recommend a vegan moisturiser?");
    expect(reply.raw).not.toContain("Daily Hydrating Face Cream");
    expect(reply.text).toMatch(/^I couldn't find anything like that in our catalogue\. The closest we have:/);
  });
});
