import { formatMoney } from "../../i18n/format";
import { capitalise } from "../../i18n/text";
import type { Language, ReturnCard } from "../../protocol";
import type { EligibilityVerdict, ItemVerdict } from "../../returns/verdict";
import { orderReasonSentence, type VerdictContext } from "./compose-verdict";
import { returnsMessages } from "./messages";

function itemReason(item: ItemVerdict, language: Language): string | undefined {
  const t = returnsMessages[language];
  if (!item.eligible) return capitalise(t.itemWhy[item.reason]);
  return undefined;
}

/**
 * The `data-return` card (DESIGN §6), written from a verdict the engine computed for one of the shopper's own
 * orders: per-item eligibility with the reason, the deadline, and the portal link only when something can be
 * returned. Labels are in the shopper's language; the widget formats the deadline and prices.
 */
export function returnCard(
  verdict: Omit<EligibilityVerdict, "trace">,
  context: VerdictContext & { language: Language; portalUrl?: string; exchangeUrl?: string },
): ReturnCard {
  const { language } = context;
  const t = returnsMessages[language];
  const reasons: string[] = [];
  if (!verdict.eligible) reasons.push(orderReasonSentence(verdict, context, language));
  if (verdict.returnMethods.some((m) => m.free)) reasons.push(t.freeMethods);
  const showDeadline = verdict.eligible || verdict.reason === "window_expired";
  return {
    orderName: verdict.orderName,
    eligible: verdict.eligible,
    reasons,
    deadline: showDeadline && verdict.deadline !== undefined ? new Date(verdict.deadline).toISOString() : undefined,
    items: verdict.items.map((item) => ({
      title: item.title,
      eligible: item.eligible,
      reason: itemReason(item, language),
    })),
    refundMethods: verdict.refundMethods.map((method) => t.refundLabel[method]),
    returnMethods: verdict.returnMethods.map((m) => ({ kind: m.kind, label: t.methodLabel[m.kind], price: m.price })),
    portalUrl: verdict.eligible ? context.portalUrl : undefined,
    exchangeUrl: verdict.eligible && verdict.refundMethods.includes("exchange") ? context.exchangeUrl : undefined,
  };
}

/** "€3.95 at a drop-off point or €6.95 with home pickup" */
export function methodsPhrase(verdict: Omit<EligibilityVerdict, "trace">, language: Language): string {
  const t = returnsMessages[language];
  const phrases = verdict.returnMethods.map((m) => t.methodPhrase[m.kind](formatMoney(m.price, language)));
  return new Intl.ListFormat(language, { type: "disjunction" }).format(phrases);
}
