import { type Fetch, orderNumber, PROVIDER_TIMEOUT_MS, type ReturnsProvider, safeProviderUrl } from "./types";

/**
 * Loop Returns deep links. Wire formats from Loop's documentation as summarised in the project's integrations
 * reference §5.1 (docs.loopreturns.com/integration-guides/deep-link and …/partner-deep-link):
 *
 * - With the merchant's API key: `POST https://api.loopreturns.com/api/v1/order/link`, header
 *   `X-Authorization: <key>`, body `{ "name": "<Shopify order name>", "zip": "<value>" }` →
 *   `200 { "url": "https://<shop>.loopreturns.com/#/link/<token>" }`. `zip` is the shipping ZIP or the customer's
 *   email, depending on the shop's lookup setting in Loop (our `returns.loop.lookup`).
 * - As a registered partner (no per-merchant key): redirect to
 *   `GET https://api.loopreturns.com/api/v1/app/deep-link?order=1000&partner=…&shop_domain=…&hmac=<hex>` where
 *   `hmac` is lowercase hex HMAC-SHA256(partner secret, the query without `hmac`, keys sorted alphabetically).
 *   Loop does not say how special characters in the signed values are encoded; order numbers are sent without `#`
 *   and the values are signed as they are, which holds for digits, partner slugs and myshopify domains.
 */

export const LOOP_API_BASE = "https://api.loopreturns.com/api/v1";
const LOOP_HOSTS = ".loopreturns.com";

export type LoopApiOptions = { apiKey: string; lookup: "postal_code" | "email"; baseUrl?: string; fetch?: Fetch };

export function loopApiProvider(options: LoopApiOptions): ReturnsProvider {
  const base = (options.baseUrl ?? LOOP_API_BASE).replace(/\/$/, "");
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    id: "loop",
    async portalLink({ order, customer }) {
      const zip = options.lookup === "email" ? customer.email : order.postalCode;
      if (!zip) return { ok: false, error: "provider_error", detail: "order has no postal code for the Loop lookup" };
      try {
        const res = await doFetch(`${base}/order/link`, {
          method: "POST",
          headers: {
            "X-Authorization": options.apiKey,
            "content-type": "application/json",
            accept: "application/json",
          },
          body: JSON.stringify({ name: order.name, zip }),
          signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
        });
        if (!res.ok) return { ok: false, error: "provider_error", detail: `Loop answered ${res.status}` };
        const body = (await res.json().catch(() => null)) as { url?: unknown } | null;
        const url = safeProviderUrl(body?.url, LOOP_HOSTS);
        return url ? { ok: true, url } : { ok: false, error: "provider_error", detail: "Loop sent no usable url" };
      } catch (error) {
        return { ok: false, error: "provider_error", detail: `Loop unreachable: ${(error as Error).name}` };
      }
    },
  };
}

const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** The signed partner deep link for one order (no network: Loop checks the signature when the shopper opens it). */
export async function loopPartnerLink(input: {
  orderName: string;
  partner: string;
  shopDomain: string;
  secret: string;
}): Promise<string> {
  const params: [string, string][] = [
    ["order", orderNumber(input.orderName)],
    ["partner", input.partner],
    ["shop_domain", input.shopDomain],
  ];
  const signed = params
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(input.secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const hmac = hex(await crypto.subtle.sign("HMAC", key, encoder.encode(signed)));
  const url = new URL(`${LOOP_API_BASE}/app/deep-link`);
  for (const [name, value] of params) url.searchParams.set(name, value);
  url.searchParams.set("hmac", hmac);
  return url.href;
}

export function loopPartnerProvider(options: { partner: string; shopDomain: string; secret: string }): ReturnsProvider {
  return {
    id: "loop",
    async portalLink({ order }) {
      return { ok: true, url: await loopPartnerLink({ orderName: order.name, ...options }) };
    },
  };
}
