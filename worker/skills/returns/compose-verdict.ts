import { formatDate, formatList } from "../../i18n/format";
import type { Language } from "../../protocol";
import type { EligibilityVerdict } from "../../returns/verdict";
import { returnsMessages } from "./messages";

const DAY = 24 * 60 * 60 * 1000;

export type VerdictContext = { country: string; windowDays: number };

export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The one sentence that says why an order cannot be returned — the reason the shopper sees. */
export function orderReasonSentence(
  verdict: Omit<EligibilityVerdict, "trace">,
  context: VerdictContext,
  language: Language,
): string {
  const t = returnsMessages[language];
  const o = verdict.orderName;
  switch (verdict.reason) {
    case "window_expired": {
      const days = verdict.windowStart ? Math.round((verdict.deadline! - verdict.windowStart.at) / DAY) : 0;
      return t.windowExpired(o, formatDate(verdict.deadline!, language), days || context.windowDays);
    }
    case "blocked_country":
      return t.blockedCountry(o, countryName(context.country, language));
    case "not_shipped":
      return t.notShipped(o);
    case "not_delivered":
      return t.notDelivered(o, context.windowDays);
    case "cancelled":
      return t.cancelled(o);
    default:
      return t.nothingReturnable(o);
  }
}

/** Why each refused item of a partly returnable order is refused, one sentence per item. */
function refusedItems(verdict: Omit<EligibilityVerdict, "trace">, language: Language): string[] {
  const t = returnsMessages[language];
  return verdict.items.filter((i) => !i.eligible).map((i) => t.itemRefused(i.title, t.itemWhy[i.reason]));
}

/** The verdict in words: what can be returned until when, or the precise reason it cannot and what still can. */
export function verdictSentences(
  verdict: Omit<EligibilityVerdict, "trace">,
  context: VerdictContext,
  language: Language,
): string[] {
  const t = returnsMessages[language];
  const deadline = verdict.deadline !== undefined ? formatDate(verdict.deadline, language) : "";
  if (verdict.reason === "eligible") return [t.eligible(verdict.orderName, deadline)];
  if (verdict.reason === "partially_eligible") {
    const titles = verdict.items.filter((i) => i.eligible).map((i) => i.title);
    return [t.partial(verdict.orderName, formatList(titles, language), deadline), ...refusedItems(verdict, language)];
  }
  const lines = [orderReasonSentence(verdict, context, language)];
  if (verdict.reason === "nothing_returnable") lines.push(...refusedItems(verdict, language));
  if (verdict.alternatives.includes("contact_person") && verdict.reason !== "not_shipped") lines.push(t.offerPerson);
  return lines;
}
