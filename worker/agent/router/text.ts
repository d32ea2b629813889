/**
 * Text forms the router works on. Shoppers type with and without accents ("zamówienie" / "zamowienie"), so cues
 * and exemplars are matched on a folded form; the accented original stays available as an extra feature.
 */

/** Letters that Unicode decomposition leaves alone but shoppers replace by plain ASCII when typing fast. */
const LIGATURES: Record<string, string> = { ł: "l", ß: "ss", œ: "oe", æ: "ae", ø: "o", đ: "d" };

/** Lower-case, no diacritics, one kind of apostrophe, single spaces. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[łßœæøđ]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Words and numbers of a folded text. Letters and digits are split apart so "order732201" still yields "order";
 * elided articles ("l'adresse", "d'avis") are split at the apostrophe, English contractions are kept whole.
 */
export function tokenize(folded: string): string[] {
  const tokens: string[] = [];
  for (const match of folded.matchAll(/[\p{L}]+(?:'(?:s|t|re|ve|ll|m|d)\b)?|\d+/gu)) tokens.push(match[0]);
  return tokens;
}

/** Lower-case words as typed, accents kept: the "diacritics as an extra feature" view. */
export function accentedWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * A light, language-neutral stem: the first five letters. Crude, but it joins "refund/refunded/refunds",
 * "commande/commander", "zamówienie/zamówienia" and "Bestellung/bestellen" without a stemmer per language.
 */
export function stem(token: string): string {
  return token.length > 5 ? token.slice(0, 5) : token;
}

/** "#1003", "order 1003", "order732201349959": a number that reads like an order reference, not a price or size. */
const ORDER_NUMBER = /#\s?\d{3,}|(?<![\d.,])\d{4,}(?![.,]?\d)/;

export function hasOrderNumber(text: string): boolean {
  return ORDER_NUMBER.test(text);
}

/** Capital letters then a short number, as discount codes are printed: "VIP20", "WELCOME10". Not "#1003". */
const PROMO_CODE = /(?<![\p{L}\d#])[A-Z]{3,}\d{1,3}(?![\p{L}\d])/u;

export function hasPromoCode(text: string): boolean {
  return PROMO_CODE.test(text);
}
