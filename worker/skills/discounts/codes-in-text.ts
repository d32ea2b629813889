/**
 * Reading a shopper's message for discount codes. Codes are short tokens that mix letters and digits ("WELCOME10",
 * "SUMMER5") or are written in capitals right after the word "code" in any of our languages ("code FREESHIP").
 */

const MIXED = /^[a-z][a-z0-9-]*\d[a-z0-9-]*$/i;
const CAPITALS = /^[A-Z][A-Z0-9-]{2,}$/;
/** "code", "Gutscheincode", "kod", "kodu", "código", "coupon", "promo", "voucher", "cupón", "bon"… */
const CODE_WORD =
  /^(?:\p{L}*code|codes|kod|kodu|kodem|kody|c[oó]digo|cup[oó]n|coupon|promo|voucher|gutschein|rabattcode|bon)$/iu;
const MAX_CODES = 3;

/** Letters, digits and dashes; 3–24 characters, like every code a store hands out. */
const looksLikeCode = (token: string) => token.length >= 3 && token.length <= 24 && /[a-z]/i.test(token);

/** Codes mentioned in a message, upper-cased, without duplicates, at most three. */
export function codesIn(text: string): string[] {
  const tokens = text.split(/[\s,;:!?"'«»„“”()]+/).map((t) => t.replace(/^[.#]+|[.]+$/g, ""));
  const shouting = text === text.toUpperCase();
  const found: string[] = [];
  tokens.forEach((token, index) => {
    if (!looksLikeCode(token)) return;
    const mixed = MIXED.test(token) && (token.match(/[a-z]/gi)?.length ?? 0) >= 2;
    const named = !shouting && CAPITALS.test(token) && index > 0 && CODE_WORD.test(tokens[index - 1] ?? "");
    if (mixed || named) found.push(token.toUpperCase());
  });
  return [...new Set(found)].slice(0, MAX_CODES);
}

/** "my codes", "mes codes personnels", "moje kody", "meine Codes", "mis códigos": the shopper's own codes. */
const PERSONAL =
  /\b(?:my|mine|personal|personali[sz]ed|exclusive|mes|mon|ma|personnels?|perso|moje|m[oó]j|moich|osobist\p{L}*|spersonalizowan\p{L}*|meine?n?|pers[oö]nliche?n?|mis|m[ií]os|personales)\b/iu;

export function asksForPersonalCodes(text: string): boolean {
  return PERSONAL.test(text);
}
