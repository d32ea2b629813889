import { describe, expect, it } from "vitest";
import { detectLanguage, languageConfidence } from "../../../worker/i18n/detect-language";

describe("detecting the language of a shopper's message", () => {
  it.each([
    ["où est ma commande 1003", "fr"],
    ["gdzie jest moje zamówienie", "pl"],
    ["wo ist meine Bestellung", "de"],
    ["dónde está mi pedido", "es"],
    ["where is my order", "en"],
  ] as const)("%s → %s", (text, language) => {
    expect(detectLanguage(text, "en")).toBe(language);
    // Clear messages win over the conversation's locale.
    expect(detectLanguage(text, language === "fr" ? "de" : "fr")).toBe(language);
  });

  it.each([
    ["gdzie jest moje zamowienie", "pl"],
    ["donde esta mi pedido", "es"],
    ["ou est mon colis", "fr"],
    ["konnen Sie mir helfen, meine Bestellung ist nicht da", "de"],
  ] as const)("recognises %s typed without accents", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ["merci", "fr"],
    ["dzięki", "pl"],
    ["danke", "de"],
    ["gracias", "es"],
    ["thanks", "en"],
  ] as const)("recognises a single distinctive word: %s", (text, language) => {
    expect(detectLanguage(text, language === "en" ? "pl" : "en")).toBe(language);
  });

  it.each(["hi", "#1003?", "ok", "", "👍"])("keeps the fallback when %j carries no signal", (text) => {
    expect(detectLanguage(text, "pl")).toBe("pl");
    expect(detectLanguage(text, "fr")).toBe("fr");
  });

  it("falls back to English by default", () => {
    expect(detectLanguage("#1003?")).toBe("en");
  });

  it("recognises distinctive letters", () => {
    expect(detectLanguage("ß", "en")).toBe("de");
    expect(detectLanguage("żółć", "en")).toBe("pl");
    expect(detectLanguage("¿ñ?", "en")).toBe("es");
  });

  it("says how sure it is", () => {
    expect(languageConfidence("où est ma commande").confidence).toBeGreaterThan(0.7);
    expect(languageConfidence("hi", "fr")).toEqual({ language: "fr", confidence: 0 });
  });
});
