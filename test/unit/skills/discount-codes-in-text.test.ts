import { describe, expect, it } from "vitest";
import { asksForPersonalCodes, codesIn } from "../../../worker/skills/discounts/codes-in-text";

describe("finding discount codes in a shopper's message", () => {
  it.each([
    ["SUMMER5 doesn't work", ["SUMMER5"]],
    ["is welcome10 valid?", ["WELCOME10"]],
    ["Le code VIP20 ne marche pas !", ["VIP20"]],
    ["Kod „WIOSNA15” nie działa", ["WIOSNA15"]],
    ["I tried the code FREESHIP at checkout", ["FREESHIP"]],
    ["Der Gutscheincode SOMMER funktioniert nicht", ["SOMMER"]],
    ["WELCOME10 and SUMMER5, and again WELCOME10", ["WELCOME10", "SUMMER5"]],
  ])("reads %j", (text, codes) => {
    expect(codesIn(text)).toEqual(codes);
  });

  it.each([
    "Do you have any discount codes?",
    "my promo code is not working",
    "order #1003 with 2 items for 50€",
    "THE CODE DOES NOT WORK",
    "Polecisz buty rozmiar 42?",
  ])("finds no code in %j", (text) => {
    expect(codesIn(text)).toEqual([]);
  });

  it("reads at most three codes", () => {
    expect(codesIn("A1A B2B C3C D4D")).toHaveLength(3);
  });
});

describe("asking for one's own codes", () => {
  it.each([
    "What are my personal discount codes?",
    "Quels sont mes codes de réduction ?",
    "Jakie mam osobiste kody rabatowe?",
    "Moje kody rabatowe",
    "Habe ich persönliche Gutscheine?",
    "¿Cuáles son mis códigos?",
  ])("recognises %j", (text) => {
    expect(asksForPersonalCodes(text)).toBe(true);
  });

  it.each(["Do you have any discount codes?", "Avez-vous des codes promo ?", "Czy macie kody rabatowe?"])(
    "does not read %j as personal",
    (text) => {
      expect(asksForPersonalCodes(text)).toBe(false);
    },
  );
});
