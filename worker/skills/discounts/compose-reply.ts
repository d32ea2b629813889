import { formatDate, formatList, formatMoney } from "../../i18n/format";
import type { Language } from "../../protocol";
import { discountMessages } from "./messages";
import type { CheckDiscountsOutput, CheckedCode, ListDiscountsOutput, VisibleCode } from "./tools";

/** One checked code: valid with its conditions, or the single reason it does not work. */
function verdictLine(checked: CheckedCode, signedIn: boolean, language: Language): string {
  const t = discountMessages[language];
  const { code, verdict } = checked;
  if (verdict.valid) {
    const { description, conditions } = checked as VisibleCode;
    const rules = conditions.length ? ` ${t.conditions(formatList(conditions, language))}` : "";
    return `${t.valid(code, description)}${rules} ${t.stillRefused}`;
  }
  switch (verdict.reason) {
    case "expired":
      return t.expired(code, formatDate(verdict.expiredAt, language));
    case "not_started":
      return t.notStarted(code, formatDate(verdict.startsAt, language));
    case "first_order_only":
      return t.firstOrderOnly(code);
    case "min_subtotal":
      return t.belowMinimum(code, formatMoney(verdict.minSubtotal, language), formatMoney(verdict.subtotal, language));
    case "not_found":
      // Identical for an unknown code and another customer's code; the sign-in hint goes to every anonymous shopper.
      return signedIn ? t.notFound(code) : `${t.notFound(code)} ${t.personalHint}`;
  }
}

export function composeCheckReply(output: CheckDiscountsOutput, language: Language): string {
  const t = discountMessages[language];
  const lines = output.checked.map((checked) => verdictLine(checked, output.signedIn, language));
  if (output.alternatives.length) lines.push(t.instead(formatList(output.alternatives, language)));
  return lines.join(" ");
}

/** "VIP20 — 20% off your order (your personal code, valid until 4 March 2026)". */
function codeLine(code: VisibleCode, language: Language): string {
  const t = discountMessages[language];
  const rules = code.conditions.length ? ` (${code.conditions.join(", ")})` : "";
  const blocked = !code.verdict.valid && code.verdict.reason === "first_order_only" ? ` — ${t.notForYou}` : "";
  return `${code.code} — ${code.description}${rules}${blocked}`;
}

export function composeListReply(output: ListDiscountsOutput, language: Language): string {
  const t = discountMessages[language];
  const lines: string[] = [];
  if (output.codes.length === 0) lines.push(t.none);
  else {
    const list = output.codes.map((code) => codeLine(code, language)).join("; ");
    lines.push(output.signedIn ? t.yours(list) : t.current(list));
  }
  if (!output.signedIn && output.personalRequested) lines.push(t.signInForPersonal);
  lines.push(t.askWhich);
  return lines.join(" ");
}
