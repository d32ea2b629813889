import { verifyJwt } from "./jwt";

/** A shopper the merchant's backend vouched for with an identity token (DESIGN §8). */
export type Shopper = { customerId: string; email: string; expiresAt: number };

/** Identity tokens must be short-lived: `exp` at most one hour ahead (plus a minute of clock skew). */
const MAX_LIFETIME_MS = 61 * 60 * 1000;

/**
 * The shopper an identity token proves, or null for anything missing, forged, expired or too long-lived —
 * a bad token means an anonymous conversation, never an error page.
 */
export async function verifyIdentityToken(
  token: string | undefined,
  secret: string,
  now = Date.now(),
): Promise<Shopper | null> {
  if (!token) return null;
  const claims = await verifyJwt(token, secret, now);
  if (!claims) return null;
  const { sub, email, exp } = claims;
  if (typeof sub !== "string" || !sub || typeof email !== "string" || !email.includes("@")) return null;
  if (exp * 1000 - now > MAX_LIFETIME_MS) return null;
  return { customerId: sub, email: email.toLowerCase(), expiresAt: exp * 1000 };
}
