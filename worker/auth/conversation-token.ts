import { signJwt, verifyJwt } from "./jwt";

/**
 * Bearer credential for exactly one conversation (DESIGN §5). Signed with LINK_SECRET, the secret for everything
 * this Worker issues itself; the `aud` claim keeps it from being replayed as a deep link or vice versa.
 */
const AUDIENCE = "shopkeeper:conversation";
export const CONVERSATION_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export async function issueConversationToken(conversationId: string, secret: string, now = Date.now()) {
  const expiresAt = now + CONVERSATION_TOKEN_TTL_MS;
  const token = await signJwt(
    { sub: conversationId, aud: AUDIENCE, iat: Math.floor(now / 1000), exp: Math.floor(expiresAt / 1000) },
    secret,
  );
  return { token, expiresAt: new Date(Math.floor(expiresAt / 1000) * 1000).toISOString() };
}

/** The conversation id the token grants, or null when it is missing, forged or expired. */
export async function verifyConversationToken(token: string, secret: string, now = Date.now()): Promise<string | null> {
  const claims = await verifyJwt(token, secret, now);
  if (!claims || claims.aud !== AUDIENCE || typeof claims.sub !== "string") return null;
  return claims.sub;
}

/** Unguessable: 128 random bits. */
export function newConversationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `conv_${[...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
