import { escapeHtml } from "../../http/escape-html";
import { formatDate, formatMoney } from "../../i18n/format";
import type { Language } from "../../protocol";
import type { ReturnPolicy } from "../policy";
import type { EligibilityVerdict, ItemVerdict } from "../verdict";
import type { ExchangeOptions } from "./exchange-options";
import { errorBox, hiddenField, portalPage } from "./layout";
import { type FormValues, methodPrice } from "./selection";
import { portalStrings } from "./strings";

export type OrderPageInput = {
  lang: Language;
  token: string;
  verdict: EligibilityVerdict;
  policy: ReturnPolicy;
  reasons: string[];
  exchanges: ExchangeOptions;
  values?: FormValues;
  error?: string;
};

function option(value: string, label: string, selected: boolean) {
  return `<option value="${escapeHtml(value)}"${selected ? " selected" : ""}>${escapeHtml(label)}</option>`;
}

function itemRow(item: ItemVerdict, input: OrderPageInput): string {
  const t = portalStrings[input.lang];
  const v = input.values ?? {};
  const title = `<strong>${escapeHtml(item.title)}</strong> <span class="muted">× ${item.quantity}</span>`;
  if (!item.eligible || item.returnableQuantity === 0) {
    const why = item.reason === "returnable" ? "" : t.notReturnable[item.reason];
    return `<div class="item">${title}<p class="muted">${escapeHtml(why)}</p></div>`;
  }
  const qty = v[`qty_${item.itemId}`] ?? "0";
  const quantities = Array.from({ length: item.returnableQuantity + 1 }, (_, n) =>
    option(String(n), String(n), qty === String(n)),
  );
  const reason = v[`reason_${item.itemId}`] ?? "";
  const reasons = [
    option("", t.chooseReason, reason === ""),
    ...input.reasons.map((r) => option(r, t.reasons[r] ?? r, reason === r)),
  ];
  const id = escapeHtml(item.itemId);
  const variants = input.exchanges[item.itemId] ?? [];
  const chosen = v[`exchange_${item.itemId}`] ?? "";
  const exchange = variants.length
    ? `<div><label for="exchange_${id}">${escapeHtml(t.exchangeFor)}</label><select id="exchange_${id}" name="exchange_${id}">${[
        option("", "—", chosen === ""),
        ...variants.map((variant) => option(variant, variant, chosen === variant)),
      ].join("")}</select></div>`
    : "";
  return `<div class="item">${title}<div class="row">
<div><label for="qty_${id}">${escapeHtml(t.quantity)}</label><select id="qty_${id}" name="qty_${id}">${quantities.join("")}</select></div>
<div><label for="reason_${id}">${escapeHtml(t.reason)}</label><select id="reason_${id}" name="reason_${id}">${reasons.join("")}</select></div>
${exchange}</div></div>`;
}

function radios(name: string, legend: string, choices: { value: string; label: string }[], current?: string) {
  const inputs = choices.map(
    (c, i) =>
      `<label class="choice"><input type="radio" name="${name}" value="${escapeHtml(c.value)}"${(current ?? (i === 0 ? c.value : "")) === c.value ? " checked" : ""}> <span>${escapeHtml(c.label)}</span></label>`,
  );
  return `<fieldset><legend>${escapeHtml(legend)}</legend>${inputs.join("")}</fieldset>`;
}

/** Step 2: the order's items (ineligible ones shown with their reason, no input), refund and return method. */
export function orderPage(input: OrderPageInput): string {
  const { lang, verdict } = input;
  const t = portalStrings[lang];
  const deadline =
    verdict.deadline && verdict.eligible ? `<p>${escapeHtml(t.deadline(formatDate(verdict.deadline, lang)))}</p>` : "";
  const heading = `<h1>${escapeHtml(t.orderHeading(verdict.orderName))}</h1>${deadline}${errorBox(input.error)}`;
  const items = `<fieldset><legend>${escapeHtml(t.chooseItems)}</legend>${verdict.items.map((item) => itemRow(item, input)).join("")}</fieldset>`;
  if (!verdict.eligible) {
    return portalPage(
      lang,
      t.orderHeading(verdict.orderName),
      `${heading}<p class="error" role="status">${escapeHtml(t.nothingReturnable)}</p>${items}`,
    );
  }
  const refunds = radios(
    "refund",
    t.refundHeading,
    verdict.refundMethods.map((m) => ({ value: m, label: t.refunds[m] })),
    input.values?.refund,
  );
  const methods = radios(
    "method",
    t.methodHeading,
    verdict.returnMethods.map((m) => {
      const price = methodPrice(verdict, input.policy, m.kind, [])!;
      return {
        value: m.kind,
        label: `${t.methods[m.kind]} — ${price.amount === 0 ? t.free : formatMoney(price, lang)}`,
      };
    }),
    input.values?.method,
  );
  const free = input.policy.freeReturnConditions.length
    ? `<p class="muted">${escapeHtml(t.freeBecauseDefective)}: ${escapeHtml(input.policy.freeReturnConditions.map((c) => t.reasons[c] ?? c).join(", "))}</p>`
    : "";
  const form = `<form method="post" action="/returns/review?lang=${lang}">${hiddenField("token", input.token)}${items}${refunds}${methods}${free}<button type="submit">${escapeHtml(t.continue)}</button></form>`;
  return portalPage(lang, t.orderHeading(verdict.orderName), heading + form, `token=${input.token}`);
}
