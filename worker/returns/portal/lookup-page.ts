import { escapeHtml } from "../../http/escape-html";
import type { Language } from "../../protocol";
import { errorBox, portalPage } from "./layout";
import { portalStrings } from "./strings";

export type LookupValues = { reference?: string; proof?: string };

/**
 * Find an order without an account, as the best standalone portals do, with two fields: the order number or the
 * tracking number, then the email address or the delivery postal code (the server tells which was typed).
 */
export function lookupPage(lang: Language, options: { error?: string; values?: LookupValues } = {}): string {
  const t = portalStrings[lang];
  const v = options.values ?? {};
  const body = `<h1>${escapeHtml(t.lookupHeading)}</h1>
<p class="muted">${escapeHtml(t.lookupIntro)}</p>
${errorBox(options.error)}
<form class="card" method="post" action="/returns/lookup?lang=${lang}">
<label for="reference">${escapeHtml(t.referenceLabel)}</label>
<input id="reference" name="reference" required autocomplete="off" value="${escapeHtml(v.reference ?? "")}" aria-describedby="reference-hint">
<p id="reference-hint" class="muted">${escapeHtml(t.referenceHint)}</p>
<label for="proof">${escapeHtml(t.proofLabel)}</label>
<input id="proof" name="proof" required autocomplete="email" value="${escapeHtml(v.proof ?? "")}" aria-describedby="proof-hint">
<p id="proof-hint" class="muted">${escapeHtml(t.proofHint)}</p>
<button type="submit">${escapeHtml(t.find)}</button>
</form>`;
  return portalPage(lang, t.lookupHeading, body);
}
