/**
 * A returns portal the agent can send a shopper to (issue #6 §3). The agent never processes a return itself: a
 * provider only mints the link that opens the shopper's order in its portal, after the order was checked against
 * the signed-in shopper in code.
 */
export type ReturnsProviderId = "loop" | "aftership" | "builtin";

export type PortalLinkRequest = {
  order: { id: string; name: string; postalCode?: string };
  /** The verified shopper (identity token), never an email the shopper typed. */
  customer: { id: string; email: string };
};

export type PortalLinkResult =
  /** `exchangeUrl`: the same order opened on an exchange, when the portal can be told so (else `url` offers both). */
  { ok: true; url: string; exchangeUrl?: string } | { ok: false; error: "provider_error"; detail: string };

export interface ReturnsProvider {
  readonly id: ReturnsProviderId;
  portalLink(request: PortalLinkRequest): Promise<PortalLinkResult>;
}

/** What providers call over HTTP; tests pass a fetch that records or fails. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Provider calls happen while the shopper waits for a reply: give up quickly and offer the rest of the answer. */
export const PROVIDER_TIMEOUT_MS = 5000;

/** `#1001` → `1001`: providers take the Shopify order number without the hash. */
export const orderNumber = (name: string) => name.replace(/^#/, "");

/** A provider-minted url is shown as a button: only https, and only on the provider's own hosts when known. */
export function safeProviderUrl(raw: unknown, hostSuffix?: string): string | null {
  if (typeof raw !== "string") return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" || url.username || url.password) return null;
    if (hostSuffix && !(url.hostname === hostSuffix.slice(1) || url.hostname.endsWith(hostSuffix))) return null;
    return url.href;
  } catch {
    return null;
  }
}
