import { escapeHtml } from "../../http/escape-html";
import { LANGUAGES, type Language } from "../../protocol";
import { portalStrings } from "./strings";

/**
 * The portal's page shell: plain HTML and one small stylesheet, mobile-first, readable without JavaScript (there
 * is none). Colours meet 4.5:1 contrast; focus is always visible.
 */
export const PORTAL_CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f29;background:#f6f7f9}
a{color:#1a3aa8}main{max-width:40rem;margin:0 auto;padding:1rem}
header.top{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.75rem 1rem;background:#fff;border-bottom:1px solid #d5d9e2}
header.top nav a{margin-left:.5rem}h1{font-size:1.5rem;margin:.5rem 0 1rem}
.card{background:#fff;border:1px solid #d5d9e2;border-radius:10px;padding:1rem;margin:0 0 1rem}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}input,select{width:100%;font:inherit;padding:.6rem;border:1px solid #6b7280;border-radius:6px;background:#fff}
fieldset{border:1px solid #d5d9e2;border-radius:10px;margin:0 0 1rem;padding:.75rem 1rem;background:#fff}legend{font-weight:700;padding:0 .25rem}
.choice{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}.choice input{width:auto;margin-top:.35rem}
button{font:inherit;font-weight:600;padding:.7rem 1.2rem;border:0;border-radius:6px;background:#1f3fbf;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1f3fbf;border:1px solid #1f3fbf}
:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.error{background:#fdecea;border:1px solid #b42318;color:#7a1a12;border-radius:8px;padding:.75rem;margin:0 0 1rem}
.muted{color:#4b5563}.item{border-top:1px solid #e5e7eb;padding:.75rem 0}.item:first-of-type{border-top:0}
.row{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}.qr{width:12rem;height:12rem;display:block;margin:1rem auto}
.rma{font-size:1.4rem;font-weight:700;letter-spacing:.05em;text-align:center}
@media (prefers-reduced-motion:reduce){*{transition:none!important}}`;

/** Content-Security-Policy for every portal page: no scripts at all, forms only to ourselves. */
export const PORTAL_CSP =
  "default-src 'none'; style-src 'self'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function portalPage(lang: Language, title: string, body: string, query = ""): string {
  const t = portalStrings[lang];
  const switcher = LANGUAGES.map((l) =>
    l === lang
      ? `<strong aria-current="true">${l.toUpperCase()}</strong>`
      : `<a href="/returns?lang=${l}${query ? `&amp;${escapeHtml(query)}` : ""}" hreflang="${l}" lang="${l}">${l.toUpperCase()}</a>`,
  ).join(" ");
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · ${escapeHtml(t.title)}</title><link rel="stylesheet" href="/returns/portal.css"></head><body><header class="top"><strong>${escapeHtml(t.title)}</strong><nav aria-label="Language">${switcher}</nav></header><main id="main">${body}</main></body></html>`;
}

/** State carried from one step of the portal to the next (the portal uses no script and no session). */
export const hiddenField = (name: string, value: string) =>
  `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

export const errorBox = (message: string | undefined) =>
  message ? `<div class="error" role="alert">${escapeHtml(message)}</div>` : "";
