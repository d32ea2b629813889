import { formatMoney } from "../../i18n/format";
import { capitalise } from "../../i18n/text";
import type { Language } from "../../protocol";
import { CATEGORY_CONCEPT, TAG_CONCEPT } from "./concepts";
import { recommendationMessages } from "./messages";
import type { Suggestion } from "./rank";

export function categoryLabel(category: string, language: Language): string {
  return CATEGORY_CONCEPT[category]?.label[language] ?? category;
}

const tagLabel = (tag: string, language: Language) => TAG_CONCEPT[tag]?.label[language] ?? tag;

/**
 * The reason shown under a suggestion, in the shopper's language, from what the pick actually matched — so it can
 * only claim what the catalogue says about the product.
 */
export function whyFor(
  pick: Suggestion,
  context: { language: Language; budgeted: boolean; viewing?: { title: string; category: string } },
): string {
  const { language, budgeted, viewing } = context;
  const t = recommendationMessages[language];
  const { product } = pick;
  const price = `${formatMoney(product.price, language)}${budgeted ? `, ${t.inBudget}` : ""}`;
  if (viewing) {
    const sameKind = product.category === viewing.category ? [categoryLabel(product.category, language)] : [];
    const labels = [...new Set([...sameKind, ...pick.sharedTags.map((tag) => tagLabel(tag, language))])];
    return `${t.whyLike(viewing.title, labels.join(", "), price)}.`;
  }
  const labels = [...new Set([...pick.concepts.map((c) => c.label[language]), ...pick.words.map((w) => `“${w}”`)])];
  if (!labels.length) return `${capitalise(categoryLabel(product.category, language))} — ${t.whyPrice(price)}.`;
  return `${capitalise(t.whyNeed(labels.join(", "), price))}.`;
}
