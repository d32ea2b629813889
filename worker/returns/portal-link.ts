import { signJwt, verifyJwt } from "../auth/jwt";

/**
 * Deep links into the built-in returns portal (DESIGN §7 "Deep links", issue #6 §4): `<portal>/returns?token=…`
 * opens exactly one order of exactly one customer with no lookup form. The token is an HS256 JWT signed with
 * LINK_SECRET (HMAC-SHA256, checked in constant time by `verifyJwt`); its audience keeps it from being replayed as
 * a conversation token or any other link this Worker signs, and it expires.
 *
 * For the portal page: call `verifyPortalLink(url.searchParams.get("token"), env.LINK_SECRET)`. A null result means
 * missing, forged, tampered, for another purpose or expired — show the lookup form, never say which. A non-null
 * result grants access to `orderId` of `customerId` only; still load the order through the commerce backend with
 * that customer id, so a link for an order that is no longer theirs opens nothing.
 */

const AUDIENCE = "shopkeeper:returns-portal";
/** Long enough to come back to an email or SMS the next day; short enough that an old link stops working. */
export const PORTAL_LINK_TTL_MS = 72 * 60 * 60 * 1000;

export type PortalLinkClaims = {
  /** The customer the link was issued to (identity token `sub`). */
  customerId: string;
  /** The commerce backend's order id. */
  orderId: string;
  /** The order's display name, e.g. `#1001`, to show before the order is loaded. */
  orderName: string;
  /** When the link stops working (epoch ms). */
  expiresAt: number;
};

export type PortalLinkInput = { customerId: string; orderId: string; orderName: string };

/** The signed portal url for one order. `baseUrl` is the portal's public origin (the `returns.portal_url` setting). */
export async function signPortalLink(
  input: PortalLinkInput,
  options: { baseUrl: string; secret: string; now?: number; ttlMs?: number },
): Promise<{ url: string; token: string; expiresAt: number }> {
  if (!options.secret) throw new Error("signPortalLink: LINK_SECRET is not set");
  const now = options.now ?? Date.now();
  const exp = Math.floor((now + (options.ttlMs ?? PORTAL_LINK_TTL_MS)) / 1000);
  const token = await signJwt(
    {
      aud: AUDIENCE,
      sub: input.customerId,
      ord: input.orderId,
      onm: input.orderName,
      iat: Math.floor(now / 1000),
      exp,
    },
    options.secret,
  );
  const url = new URL("/returns", options.baseUrl);
  url.searchParams.set("token", token);
  return { url: url.href, token, expiresAt: exp * 1000 };
}

/** The claims of a valid, unexpired portal token; null for anything else (never throws). */
export async function verifyPortalLink(
  token: string | null | undefined,
  secret: string,
  now = Date.now(),
): Promise<PortalLinkClaims | null> {
  if (!token) return null;
  const claims = await verifyJwt(token, secret, now);
  if (!claims || claims.aud !== AUDIENCE) return null;
  const { sub, ord, onm } = claims;
  if (typeof sub !== "string" || typeof ord !== "string" || typeof onm !== "string" || !sub || !ord) return null;
  return { customerId: sub, orderId: ord, orderName: onm, expiresAt: claims.exp * 1000 };
}
