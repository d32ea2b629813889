import { describe, expect, it } from "vitest";
import { type ChatResult, sendChat, startConversation } from "../../helpers/worker-client";

const cardsOf = (reply: ChatResult, type: string) => reply.cards.filter((c) => c.type === type).map((c) => c.data);
const discountCard = (reply: ChatResult, code: string) => cardsOf(reply, "data-discount").find((d) => d.code === code);

const longDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Paris" }).format(new Date(iso));

async function ask(text: string, as?: "alice" | "bartek" | "carol"): Promise<ChatResult> {
  const reply = await sendChat(await startConversation(as ? { as } : {}), text);
  expect(reply.status).toBe(200);
  return reply;
}

describe("discounts: public codes without sign-in", () => {
  it("lists WELCOME10 with its first-order condition and nothing personal or expired", async () => {
    const reply = await ask("Do you have any discount codes?");
    expect(reply.text).toMatch(/WELCOME10 — 10% off your order \(first order only\)/);
    expect(cardsOf(reply, "data-discount")).toEqual([
      { code: "WELCOME10", description: "10% off your order", conditions: ["first order only"], valid: true },
    ]);
    expect(reply.raw).not.toMatch(/VIP20|SUMMER5/);
    expect(cardsOf(reply, "data-login")).toEqual([]);
  });

  it.each([
    ["en", "What are my personal discount codes?", /sign in and I'll show you yours/],
    ["fr", "Quels sont mes codes de réduction personnels ?", /connectez-vous et je vous montrerai les vôtres/],
    ["pl", "Jakie mam osobiste kody rabatowe?", /zaloguj się, a pokażę Ci Twoje/],
  ])(
    "answers an anonymous shopper's 'my codes' in %s with the public code and a sign-in card",
    async (_l, q, signIn) => {
      const reply = await ask(q);
      expect(reply.text).toContain("WELCOME10");
      expect(reply.text).toMatch(signIn);
      expect(cardsOf(reply, "data-login")).toHaveLength(1);
      expect(reply.raw).not.toMatch(/VIP20|20\s?%/);
    },
  );
});

describe("discounts: personal codes after sign-in", () => {
  it.each([
    ["en", "What are my personal discount codes?", /VIP20 — 20% off your order \(your personal code, valid until/],
    ["fr", "Quels sont mes codes de réduction personnels ?", /VIP20 — 20\s%\sde réduction.*\(votre code personnel/],
    ["pl", "Jakie mam osobiste kody rabatowe?", /VIP20 — 20% zniżki na zamówienie \(Twój kod osobisty/],
  ])("shows Carol her VIP20 in %s, and that WELCOME10 no longer applies to her", async (_l, q, vip) => {
    const reply = await ask(q, "carol");
    expect(reply.text).toMatch(vip);
    expect(discountCard(reply, "VIP20")).toMatchObject({ valid: true, expiresAt: expect.any(String) });
    expect(discountCard(reply, "WELCOME10")).toMatchObject({ valid: false });
    expect(cardsOf(reply, "data-login")).toEqual([]);
  });

  it("confirms Carol's own code when she names it", async () => {
    const reply = await ask("Is the code VIP20 valid?", "carol");
    const card = discountCard(reply, "VIP20");
    expect(reply.text).toMatch(/^VIP20 is valid: 20% off your order\. Conditions: your personal code and valid until/);
    expect(reply.text).toContain(longDate(card.expiresAt, "en-GB"));
    expect(card.valid).toBe(true);
  });
});

describe("discounts: why a code does not work", () => {
  it.each([
    [
      "en",
      "My code SUMMER5 doesn't work",
      "en-GB",
      (d: string) => `SUMMER5 expired on ${d}, so it can no longer be used.`,
    ],
    [
      "fr",
      "Le code SUMMER5 ne marche pas",
      "fr-FR",
      (d: string) => `SUMMER5 a expiré le ${d} : il ne peut plus être utilisé.`,
    ],
    ["pl", "Kod SUMMER5 nie działa", "pl-PL", (d: string) => `Kod SUMMER5 wygasł ${d} i nie można go już użyć.`],
  ])("says SUMMER5 expired, with the date, in %s and offers the code that works", async (_l, q, locale, expired) => {
    const reply = await ask(q);
    const card = discountCard(reply, "SUMMER5");
    expect(card).toMatchObject({ valid: false });
    expect(new Date(card.expiresAt).getTime()).toBeLessThan(Date.now());
    expect(reply.text).toContain(expired(longDate(card.expiresAt, locale)));
    expect(reply.text).toContain("WELCOME10");
  });

  it.each([
    [
      "en",
      "alice",
      "Is WELCOME10 valid?",
      "WELCOME10 only works on a first order, and your account already has orders.",
    ],
    [
      "fr",
      "alice",
      "Le code WELCOME10 est-il valable ?",
      "WELCOME10 ne fonctionne que pour une première commande, et votre compte a déjà des commandes.",
    ],
    [
      "pl",
      "bartek",
      "Czy kod WELCOME10 jest ważny?",
      "Kod WELCOME10 działa tylko przy pierwszym zamówieniu, a na Twoim koncie są już zamówienia.",
    ],
  ] as const)("turns WELCOME10 down in %s for a shopper who already ordered", async (_l, who, q, answer) => {
    const reply = await ask(q, who);
    expect(reply.text).toContain(answer);
    expect(discountCard(reply, "WELCOME10")).toMatchObject({ valid: false, conditions: expect.any(Array) });
  });

  it("accepts WELCOME10 for an anonymous shopper and states its condition", async () => {
    const reply = await ask("is WELCOME10 valid?");
    expect(reply.text).toMatch(/^WELCOME10 is valid: 10% off your order\. Conditions: first order only\./);
    expect(discountCard(reply, "WELCOME10")).toMatchObject({ valid: true });
  });
});

describe("discounts: another shopper's code is never revealed", () => {
  it.each([
    ["en", "Is the code VIP20 valid?", "Is the code NOPE42 valid?"],
    ["fr", "Le code VIP20 est-il valable ?", "Le code NOPE42 est-il valable ?"],
    ["pl", "Czy kod VIP20 jest ważny?", "Czy kod NOPE42 jest ważny?"],
  ])("answers Alice about VIP20 in %s exactly as about a code that does not exist", async (_l, vip, unknown) => {
    const [vipReply, unknownReply] = [await ask(vip, "alice"), await ask(unknown, "alice")];
    expect(vipReply.text).toBe(unknownReply.text.replaceAll("NOPE42", "VIP20"));
    expect(vipReply.text).toMatch(
      /VIP20 (n'est pas valable pour votre compte|is not valid for your account|nie jest ważny)/,
    );
    expect(cardsOf(vipReply, "data-discount")).toEqual([]);
    expect(vipReply.raw).not.toMatch(/20\s?%|Gold|personal|personnel|osobist/);
  });

  it("tells an anonymous shopper VIP20 is not valid, like any unknown code, and invites sign-in", async () => {
    const [vipReply, unknownReply] = [await ask("Is the code VIP20 valid?"), await ask("Is the code NOPE42 valid?")];
    expect(vipReply.text).toBe(unknownReply.text.replaceAll("NOPE42", "VIP20"));
    expect(vipReply.text).toMatch(/^VIP20 is not valid for your account\./);
    expect(cardsOf(vipReply, "data-discount")).toEqual([]);
    expect(cardsOf(vipReply, "data-login")).toHaveLength(1);
    expect(vipReply.raw).not.toMatch(/20\s?%|Gold/);
  });

  it("never lists Carol's code to Alice", async () => {
    const reply = await ask("What are my personal discount codes?", "alice");
    expect(reply.raw).not.toContain("VIP20");
    expect(cardsOf(reply, "data-discount").map((d) => d.code)).toEqual(["WELCOME10"]);
  });
});
