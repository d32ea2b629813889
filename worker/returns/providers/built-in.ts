import { signPortalLink } from "../portal-link";
import type { ReturnsProvider } from "./types";

/** Shopkeeper's own portal at `/returns`: a signed, expiring link that opens the one order with no lookup. */
export function builtInPortalProvider(options: {
  /** Undefined when the url a shopper reaches this Worker by is unknown and no `returns.portal_url` is set. */
  baseUrl: string | undefined;
  secret: string;
  now?: () => number;
}): ReturnsProvider {
  return {
    id: "builtin",
    async portalLink({ order, customer }) {
      if (!options.baseUrl) {
        return {
          ok: false,
          error: "provider_error",
          detail: "no public url for the portal (setting returns.portal_url)",
        };
      }
      const { url } = await signPortalLink(
        { customerId: customer.id, orderId: order.id, orderName: order.name },
        { baseUrl: options.baseUrl, secret: options.secret, now: options.now?.() },
      );
      const exchange = new URL(url);
      exchange.searchParams.set("refund", "exchange");
      return { ok: true, url, exchangeUrl: exchange.href };
    },
  };
}
