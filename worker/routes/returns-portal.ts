import { type Context, Hono } from "hono";
import type { AppEnv } from "../bindings";
import { commerceFor } from "../commerce";
import type { Order, OrderLookup } from "../commerce/types";
import { emailSenderFor } from "../email";
import { ApiError } from "../http/errors";
import { limitLookups } from "../http/rate-limit";
import { normalizeLocale } from "../i18n/locale";
import type { Language } from "../protocol";
import { checkOrder } from "../returns/check-order";
import { confirmationEmail } from "../returns/portal/confirmation";
import { donePage } from "../returns/portal/done-page";
import { exchangeOptions } from "../returns/portal/exchange-options";
import { PORTAL_CSP, PORTAL_CSS } from "../returns/portal/layout";
import { lookupPage } from "../returns/portal/lookup-page";
import { orderPage } from "../returns/portal/order-page";
import { reviewPage } from "../returns/portal/review-page";
import { type FormValues, readSelection } from "../returns/portal/selection";
import { portalStrings } from "../returns/portal/strings";
import { signPortalLink, verifyPortalLink } from "../returns/portal-link";
import { returnsSettings } from "../returns/settings";
import { createReturn, findCustomerReturn } from "../returns/store";

type Ctx = Context<{ Bindings: AppEnv }>;

/** A portal session opened by a lookup lasts an hour; links sent by chat, SMS or email carry their own expiry. */
const LOOKUP_SESSION_MS = 60 * 60 * 1000;

const langOf = (c: Ctx): Language =>
  normalizeLocale(c.req.query("lang") ?? c.req.header("accept-language")?.split(",")[0], c.env.DEFAULT_LOCALE);

const html = (c: Ctx, body: string, status: 200 | 401 | 404 | 422 | 429 = 200) =>
  c.html(body, status, { "content-security-policy": PORTAL_CSP, "cache-control": "no-store" });

async function formOf(c: Ctx): Promise<FormValues> {
  const form = await c.req.parseBody();
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, typeof v === "string" ? v.trim() : ""]));
}

/** "#1001" or "1001" is an order number, anything else a tracking number; an "@" makes the proof an email. */
export function lookupQuery(reference: string, proof: string): OrderLookup | null {
  if (!reference || !proof) return null;
  const byOrder = /^#?\d{3,10}$/.test(reference);
  const byEmail = proof.includes("@");
  if (!byOrder && byEmail) return null; // a tracking number is checked against the delivery postal code only
  return {
    ...(byOrder ? { orderName: reference } : { trackingNumber: reference }),
    ...(byEmail ? { email: proof } : { postalCode: proof }),
  };
}

/** The order a portal token grants, loaded through its owner's scope, with the current verdict. */
async function openOrder(c: Ctx, token: string | undefined) {
  const claims = await verifyPortalLink(token, c.env.LINK_SECRET);
  if (!claims) return null;
  const commerce = commerceFor(c.env);
  const order: Order | undefined = (await commerce.listOrders(claims.customerId)).find((o) => o.id === claims.orderId);
  if (!order) return null;
  const settings = await returnsSettings(c.env.DB);
  const [verdict, exchanges] = await Promise.all([
    checkOrder({ db: c.env.DB, commerce, policy: settings.policy }, order),
    exchangeOptions(commerce, order),
  ]);
  return { claims, order, settings, verdict, exchanges, token: token! };
}

type Opened = NonNullable<Awaited<ReturnType<typeof openOrder>>>;

const expired = (c: Ctx, lang: Language) => html(c, lookupPage(lang, { error: portalStrings[lang].linkExpired }), 401);

/** The built-in returns portal (issue 6 §4): lookup → items → review → confirmed return with RMA and QR code. */
export const returnsPortal = new Hono<{ Bindings: AppEnv }>()
  .get("/portal.css", (c) =>
    c.body(PORTAL_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" }),
  )
  .get("/", async (c) => {
    const lang = langOf(c);
    const token = c.req.query("token");
    if (!token) return html(c, lookupPage(lang));
    const opened = await openOrder(c, token);
    if (!opened) return expired(c, lang);
    const { verdict, settings, exchanges } = opened;
    // A link from the chat's Exchange button arrives with the refund option already chosen.
    const refund = c.req.query("refund");
    const values = refund && verdict.refundMethods.includes(refund as never) ? { refund } : undefined;
    return html(
      c,
      orderPage({ lang, token, verdict, policy: settings.policy, reasons: settings.reasons, exchanges, values }),
    );
  })
  .post("/lookup", async (c) => {
    const lang = langOf(c);
    const t = portalStrings[lang];
    const form = await formOf(c);
    const values = { reference: form.reference, proof: form.proof };
    try {
      await limitLookups(c.env, c.req.raw, "returns_lookup");
    } catch (error) {
      if (error instanceof ApiError && error.status === 429)
        return html(c, lookupPage(lang, { error: t.tooMany, values }), 429);
      throw error;
    }
    const query = lookupQuery(form.reference ?? "", form.proof ?? "");
    const found = query ? await commerceFor(c.env).lookupOrder(query) : null;
    // One message for every failure: never which factor was wrong.
    if (!found) return html(c, lookupPage(lang, { error: t.notFound, values }), 404);
    const { url } = await signPortalLink(
      { customerId: found.customerId, orderId: found.orderId, orderName: found.orderName },
      { baseUrl: new URL(c.req.url).origin, secret: c.env.LINK_SECRET, ttlMs: LOOKUP_SESSION_MS },
    );
    return c.redirect(`${url}&lang=${lang}`, 303);
  })
  .post("/review", async (c) => step(c, "review"))
  .post("/edit", async (c) => step(c, "edit"))
  .post("/confirm", async (c) => step(c, "confirm"))
  .get("/done", async (c) => {
    const lang = langOf(c);
    const opened = await openOrder(c, c.req.query("token"));
    if (!opened) return expired(c, lang);
    const record = await findCustomerReturn(c.env.DB, opened.claims.customerId, c.req.query("rma") ?? "");
    if (!record || record.orderId !== opened.order.id)
      return html(c, lookupPage(lang, { error: portalStrings[lang].notFound }), 404);
    const emailed = c.req.query("emailed") === "1" ? opened.order.email : undefined;
    return html(c, donePage(lang, record, opened.settings.policy.refundBusinessDays, emailed));
  });

/** Review, edit and confirm all re-open the order and re-check the selection against the current verdict. */
async function step(c: Ctx, kind: "review" | "edit" | "confirm") {
  const lang = langOf(c);
  const form = await formOf(c);
  const opened = await openOrder(c, form.token);
  if (!opened) return expired(c, lang);
  const { verdict, settings, token, exchanges } = opened;
  const page = (error?: string, status: 200 | 422 = 200) =>
    html(
      c,
      orderPage({
        lang,
        token,
        verdict,
        policy: settings.policy,
        reasons: settings.reasons,
        exchanges,
        values: form,
        error,
      }),
      status,
    );
  if (kind === "edit") return page();
  const selection = readSelection(form, verdict, settings.policy, settings.reasons, exchanges);
  if (!selection) return page(portalStrings[lang].selectionProblem, 422);
  if (kind === "review") return html(c, reviewPage(lang, token, verdict.orderName, selection));
  return confirm(c, lang, opened, selection);
}

async function confirm(
  c: Ctx,
  lang: Language,
  opened: Opened,
  selection: NonNullable<ReturnType<typeof readSelection>>,
) {
  const { order, claims, settings, token } = opened;
  const record = await createReturn(c.env.DB, {
    orderId: order.id,
    orderName: order.name,
    customerId: claims.customerId,
    items: selection.items,
    refundMethod: selection.refund,
    returnMethod: selection.method,
    returnPrice: selection.price,
  });
  let emailed = false;
  const sender = emailSenderFor(c.env);
  if (sender && order.email) {
    try {
      await sender.send(confirmationEmail(lang, order.email, record, settings.policy.refundBusinessDays));
      emailed = true;
    } catch (error) {
      // The return stands; the page says the email did not go out and shows everything the email would have.
      console.error("could not send the return confirmation", error);
    }
  }
  const done = new URL("/returns/done", c.req.url);
  for (const [k, v] of Object.entries({ lang, token, rma: record.rmaNumber, emailed: emailed ? "1" : "0" })) {
    done.searchParams.set(k, v);
  }
  return c.redirect(done.href, 303);
}
