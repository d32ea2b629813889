import { escapeHtml } from "../../http/escape-html";
import { formatMoney } from "../../i18n/format";
import type { Language } from "../../protocol";
import { hiddenField, portalPage } from "./layout";
import { type Selection, selectionFields } from "./selection";
import { portalStrings } from "./strings";

/** Step 3: exactly what will be returned, how, for how much; confirm posts the same fields again. */
export function reviewPage(lang: Language, token: string, orderName: string, selection: Selection): string {
  const t = portalStrings[lang];
  const lines = selection.items
    .map(
      (i) =>
        `<li>${escapeHtml(i.title)} × ${i.quantity} — ${escapeHtml(t.reasons[i.reason] ?? i.reason)}${i.exchangeFor ? ` — ${escapeHtml(t.exchangedFor(i.exchangeFor))}` : ""}</li>`,
    )
    .join("");
  const price = selection.price.amount === 0 ? t.free : formatMoney(selection.price, lang);
  const fields = Object.entries({ token, ...selectionFields(selection) })
    .map(([name, value]) => hiddenField(name, value))
    .join("");
  const body = `<h1>${escapeHtml(t.reviewHeading)}</h1>
<div class="card"><p><strong>${escapeHtml(t.orderHeading(orderName))}</strong></p><ul>${lines}</ul>
<p>${escapeHtml(t.refundHeading)} <strong>${escapeHtml(t.refunds[selection.refund])}</strong></p>
<p>${escapeHtml(t.methodHeading)} <strong>${escapeHtml(t.methods[selection.method])}</strong> — ${escapeHtml(t.total)}: <strong>${escapeHtml(price)}</strong></p></div>
<form method="post" action="/returns/confirm?lang=${lang}">${fields}<button type="submit">${escapeHtml(t.confirm)}</button></form>
<form method="post" action="/returns/edit?lang=${lang}">${fields}<button type="submit" class="secondary">${escapeHtml(t.change)}</button></form>`;
  return portalPage(lang, t.reviewHeading, body);
}
