import { type AmountMention, amountsIn } from "../../i18n/money-in-text";
import type { Money } from "../../protocol";
import { fold } from "./match";

/** A price range the shopper gave, in the currency they wrote (the store's when they wrote none). */
export type Budget = {
  max?: Money;
  /** "under 50 €" / "moins de 50 €" excludes 50 €; "up to" / "jusqu'à" / "do" includes it. */
  below?: boolean;
  min?: Money;
};

// Words right before an amount that make it a ceiling or a floor ("under 40", "moins de 50 €", "do 100 zł").
const MAX_BEFORE =
  /(?<!\p{L})(?:under|below|less than|up to|upto|max(?:imum)?|no more than|at most|budget(?: of| is)?|moins de|en dessous de|sous|jusqu.a|pas plus de|budget de|do|ponizej|maks(?:ymalnie)?|nie wiecej niz|mniej niz|budzet(?:em)?|unter|bis(?: zu)?|hochstens|maximal|weniger als|menos de|hasta|maximo|por debajo de|como mucho|presupuesto(?: de)?)\s*[~≈]?\s*$/u;
const MIN_BEFORE =
  /(?<!\p{L})(?:over|above|more than|at least|from|plus de|au moins|a partir de|au-dessus de|powyzej|od|ponad|wiecej niz|uber|mindestens|ab|mehr als|mas de|desde|al menos|por encima de)\s*$/u;
const STRICT_BEFORE =
  /(?<!\p{L})(?:under|below|less than|moins de|en dessous de|sous|ponizej|mniej niz|unter|weniger als|menos de|por debajo de)\s*$/u;
const RANGE_START = /(?<!\p{L})(?:between|entre|zwischen|od|from|de)\s*$/u;
const RANGE_JOIN = /^\s*(?:and|to|-|–|et|a|à|do|und|bis|y|i)\s*$/;

/** Folded letter by letter, keeping every offset: "ß" (which folds to two letters) stays as it is. */
const foldInPlace = (text: string) =>
  text.replace(/./gsu, (char) => {
    const folded = fold(char);
    return folded.length === char.length ? folded : char;
  });

/** Up to 30 characters before a mention, folded, to look for "moins de", "poniżej", "höchstens"… */
const before = (folded: string, mention: AmountMention) => folded.slice(Math.max(0, mention.start - 30), mention.start);

/**
 * The budget in a shopper's message. A bare number counts only after a budget word ("under 40"); an amount with a
 * currency and no such word ("a gift for 50 €", "50 € max") is taken as the most they want to spend.
 */
export function budgetIn(text: string, storeCurrency: string): Budget {
  const folded = foldInPlace(text);
  const mentions = amountsIn(text);
  const money = (m: AmountMention, fallback?: string): Money => ({
    amount: m.amount,
    currency: m.currency ?? fallback ?? storeCurrency,
  });
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [low, high] = [mentions[i]!, mentions[i + 1]!];
    if (RANGE_START.test(before(folded, low)) && RANGE_JOIN.test(folded.slice(low.end, high.start))) {
      if (low.currency || high.currency) return { min: money(low, high.currency), max: money(high, low.currency) };
    }
  }
  const budget: Budget = {};
  for (const mention of mentions) {
    const prefix = before(folded, mention);
    // Ceilings first: "no more than" / "pas plus de" end with a floor's words.
    if (MAX_BEFORE.test(prefix) && !budget.max) {
      budget.max = money(mention);
      budget.below = STRICT_BEFORE.test(prefix);
    } else if (MIN_BEFORE.test(prefix)) budget.min ??= money(mention);
    else if (mention.currency) budget.max ??= money(mention);
  }
  return budget;
}

/**
 * Indicative rates to euros, only to compare a budget given in another currency with euro prices — never to
 * quote a price. A store in another currency or with live rates replaces this table.
 */
const TO_EUR: Record<string, number> = { EUR: 1, PLN: 0.23, USD: 0.92, GBP: 1.17, CHF: 1.05 };

/** The amount in the store's currency, or null when we have no rate for it. */
export function inStoreCurrency(money: Money, storeCurrency: string): Money | null {
  if (money.currency === storeCurrency) return money;
  const from = TO_EUR[money.currency];
  const to = TO_EUR[storeCurrency];
  if (!from || !to) return null;
  return { amount: Math.round(((money.amount * from) / to) * 100) / 100, currency: storeCurrency };
}
