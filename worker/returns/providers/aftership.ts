import { type Fetch, orderNumber, PROVIDER_TIMEOUT_MS, type ReturnsProvider, safeProviderUrl } from "./types";

/**
 * AfterShip Returns deep links. Wire format from AfterShip's Returns API as summarised in the project's integrations
 * reference §5.2 (openapi `aftership-returns-page-api`): `POST https://api.aftership.com/returns/<version>/returns/link`,
 * header `as-api-key: <key>`, body `{ "order_number": "1025", "customer_email"?: "…", "postal_code"?: "…" }` →
 * `201 { "meta": { "code": 20100, "type": "Created" }, "data": { "url": "…" } }`. The spec's example says `email`
 * while its schema says `customer_email`; we send `customer_email`. Errors come back as
 * `{ "meta": { "code", "type", "message" } }`.
 */

export const AFTERSHIP_API_BASE = "https://api.aftership.com/returns/2025-07";

export type AfterShipOptions = { apiKey: string; baseUrl?: string; fetch?: Fetch };

type AfterShipBody = { meta?: { code?: number; message?: string }; data?: { url?: unknown } };

export function afterShipProvider(options: AfterShipOptions): ReturnsProvider {
  const base = (options.baseUrl ?? AFTERSHIP_API_BASE).replace(/\/$/, "");
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    id: "aftership",
    async portalLink({ order, customer }) {
      const body: Record<string, string> = { order_number: orderNumber(order.name), customer_email: customer.email };
      if (order.postalCode) body.postal_code = order.postalCode;
      try {
        const res = await doFetch(`${base}/returns/link`, {
          method: "POST",
          headers: { "as-api-key": options.apiKey, "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
        });
        const json = (await res.json().catch(() => null)) as AfterShipBody | null;
        if (!res.ok) {
          const why = json?.meta?.message ? `: ${json.meta.message}` : "";
          return { ok: false, error: "provider_error", detail: `AfterShip answered ${res.status}${why}` };
        }
        // The portal's host depends on the merchant's AfterShip setup, so only https is required.
        const url = safeProviderUrl(json?.data?.url);
        return url ? { ok: true, url } : { ok: false, error: "provider_error", detail: "AfterShip sent no usable url" };
      } catch (error) {
        return { ok: false, error: "provider_error", detail: `AfterShip unreachable: ${(error as Error).name}` };
      }
    },
  };
}
