import type { Money } from "../protocol";

/**
 * Amounts of money a shopper writes, in any of our languages: "€50", "50 €", "40 euros", "do 100 zł", "$30",
 * "12,50 EUR", "1 250 zł". A bare number ("size 42") is an amount without a currency; callers decide whether a
 * number next to "under" or "moins de" is a price.
 */
export type AmountMention = {
  amount: number;
  /** ISO code when the shopper wrote one (symbol or word). */
  currency?: string;
  /** Where the mention starts and ends in the text. */
  start: number;
  end: number;
};

const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:€|eur|euros?|evro)$/i, "EUR"],
  [/^(?:zł|zl|pln|z[łl]ot(?:ych|e|y))$/iu, "PLN"],
  [/^(?:\$|usd|dollars?|d[oó]lar(?:es|y|[oó]w)?)$/iu, "USD"],
  [/^(?:£|gbp|pounds?|funt(?:y|[oó]w)?|libras?|livres?)$/iu, "GBP"],
  [/^(?:chf|fr\.)$/i, "CHF"],
];

const SUFFIX = String.raw`€|\$|£|zł|zl|pln|eur(?:os?)?|usd|gbp|chf|z[łl]ot(?:ych|e|y)|dollars?|d[oó]lar(?:es|y|[oó]w)?|pounds?|funt(?:y|[oó]w)?|libras?|livres?`;
/** Thousands separated by a space, dot or comma and exactly three digits; otherwise one or two decimals. */
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\d#])(?:(€|\$|£)\s?)?(${NUMBER})(?:[ \u00a0\u202f]?(${SUFFIX}))?(?![\p{L}\d])`,
  "giu",
);

function currencyOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  return CURRENCY_WORDS.find(([pattern]) => pattern.test(word))?.[1];
}

function parseNumber(raw: string): number {
  const decimals = raw.match(/[.,](\d{1,2})$/);
  const whole = (decimals ? raw.slice(0, -decimals[0].length) : raw).replace(/[^\d]/g, "");
  return Number(whole) + (decimals ? Number(`0.${decimals[1]}`) : 0);
}

export function amountsIn(text: string): AmountMention[] {
  return [...text.matchAll(MENTION)].map((match) => ({
    amount: parseNumber(match[2]!),
    currency: currencyOf(match[1] ?? match[3]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The first amount written with a currency, e.g. the basket total in "it fails on my €30 order". */
export function firstPrice(text: string): Money | undefined {
  const mention = amountsIn(text).find((m) => m.currency);
  return mention?.currency ? { amount: mention.amount, currency: mention.currency } : undefined;
}
