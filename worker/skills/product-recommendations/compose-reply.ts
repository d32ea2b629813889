import { formatList, formatMoney } from "../../i18n/format";
import type { Language } from "../../protocol";
import { recommendationMessages } from "./messages";
import type { RecommendOutput } from "./recommend-tool";

/** "€50.00", or "100 zł ≈ €23.00" when the shopper's currency is not the store's. */
function budgetText(budget: NonNullable<RecommendOutput["budget"]>, language: Language): string {
  const store = formatMoney(budget.store, language);
  if (budget.asked.currency === budget.store.currency) return store;
  return recommendationMessages[language].converted(formatMoney(budget.asked, language), store);
}

function hints(output: RecommendOutput, language: Language): string {
  const t = recommendationMessages[language];
  return formatList(
    output.closest.map((hint) => `${hint.category} (${t.from(formatMoney(hint.from, language))})`),
    language,
  );
}

/** The embedded model's reply: the suggestions named with their prices (the card carries each reason), or why not. */
export function composeRecommendationReply(output: RecommendOutput | undefined, language: Language): string {
  const t = recommendationMessages[language];
  if (!output) return t.noMatch;
  const budget = output.budget ? budgetText(output.budget, language) : undefined;
  if (output.outcome === "unclear") return t.unclear(hints(output, language));
  if (output.outcome === "no_match") return `${t.noMatch} ${t.closest(hints(output, language))}`;
  if (output.outcome === "over_budget") {
    const why = budget ? t.overBudget(budget) : t.noMatch;
    return `${why} ${t.closest(hints(output, language))}`;
  }
  const list = formatList(
    output.products.map((p) => `${p.url ? `[${p.title}](${p.url})` : p.title} (${formatMoney(p.price, language)})`),
    language,
  );
  const lines = [output.mode === "similar" && output.viewing ? t.similar(output.viewing, list) : t.picks(list)];
  if (budget) lines.push(t.withinBudget(budget));
  return lines.join(" ");
}
