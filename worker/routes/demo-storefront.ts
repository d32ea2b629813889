import { Hono } from "hono";
import type { AppEnv } from "../bindings";

/**
 * The demo storefront (demo mode only): a plain product page that embeds the loader exactly as a merchant would,
 * plus a "signed in as" switcher that gets identity tokens from the demo token route.
 */
const page = (lang: string) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Maison Lumen — Linen Shirt</title><link rel="icon" href="data:,">
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a}
header{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;border-bottom:1px solid #ddd;flex-wrap:wrap;gap:8px}
main{max-width:880px;margin:32px auto;padding:0 24px;display:grid;grid-template-columns:1fr 1fr;gap:32px}
.photo{aspect-ratio:4/5;background:linear-gradient(135deg,#e9e4da,#cfc6b4);border-radius:12px}
button.buy{background:#1a1a1a;color:#fff;border:0;padding:12px 20px;border-radius:8px;font:inherit}
fieldset{border:0;padding:0;margin:0;display:flex;gap:6px;align-items:center}
fieldset button[aria-pressed=true]{background:#1f3fbf;color:#fff}
footer{max-width:880px;margin:0 auto 32px;padding:0 24px;color:#444}
footer a{color:#1a3aa8}
fieldset button{border:1px solid #999;background:#fff;border-radius:6px;padding:4px 10px;font:inherit;cursor:pointer}
</style>
</head>
<body>
<header><strong>Maison Lumen</strong>
<fieldset id="who"><legend>Signed in as</legend>
<button type="button" data-customer="" aria-pressed="true">Anonymous</button>
<button type="button" data-customer="alice" aria-pressed="false">Alice</button>
<button type="button" data-customer="bartek" aria-pressed="false">Bartek</button>
<button type="button" data-customer="carol" aria-pressed="false">Carol</button>
</fieldset></header>
<main><div class="photo" role="img" aria-label="Linen shirt"></div>
<div><h1>Linen Shirt</h1><p>€59.00</p><p>Breathable European linen shirt with a relaxed fit.</p>
<button class="buy" type="button">Add to bag</button></div></main>
<footer><a href="/returns?lang=${lang}">Returns &amp; exchanges</a> · Demo only: <a href="/dev/outbox">emails sent by the demo</a></footer>
<script src="/shopkeeper.js" async data-locale="${lang}"></script>
<script>
const buttons = document.querySelectorAll("#who button");
async function signInAs(customer) {
  buttons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.customer === customer)));
  if (!customer) return window.Shopkeeper && Shopkeeper.reset();
  const res = await fetch("/demo/identity", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ customer }) });
  const { identityToken } = await res.json();
  Shopkeeper.identify(identityToken);
}
buttons.forEach((b) => b.addEventListener("click", () => signInAs(b.dataset.customer)));
// The widget asks the page to sign the shopper in: close the panel and point at the switcher.
window.addEventListener("shopkeeper:login", () => { Shopkeeper.close(); document.querySelector("#who button[data-customer=alice]").focus(); });
</script>
</body></html>`;

export const demoStorefront = new Hono<{ Bindings: AppEnv }>().get("/", (c) => {
  const lang = (c.req.query("lang") ?? "en").slice(0, 2).replace(/[^a-z]/g, "") || "en";
  return c.html(page(lang));
});
