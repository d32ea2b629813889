/**
 * Minimal HS256 JSON Web Tokens over WebCrypto — the only algorithm we accept, so `alg: none` and key-confusion
 * attacks are impossible by construction. Verification is constant-time (`crypto.subtle.verify`).
 */
const encoder = new TextEncoder();

export type JwtClaims = { exp: number; iat?: number; sub?: string; [claim: string]: unknown };

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

const keys = new Map<string, Promise<CryptoKey>>();
function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, key);
  }
  return key;
}

const HEADER = base64url(encoder.encode(JSON.stringify({ alg: "HS256", typ: "JWT" })));

export async function signJwt(claims: JwtClaims, secret: string): Promise<string> {
  const body = `${HEADER}.${base64url(encoder.encode(JSON.stringify(claims)))}`;
  const signature = await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(body));
  return `${body}.${base64url(new Uint8Array(signature))}`;
}

/** The claims of a well-formed, correctly signed, unexpired HS256 token; otherwise null (never throws). */
export async function verifyJwt(token: string, secret: string, now = Date.now()): Promise<JwtClaims | null> {
  if (!secret || typeof token !== "string" || token.length > 4096) return null;
  const [header, payload, signature, extra] = token.split(".");
  if (!header || !payload || !signature || extra !== undefined) return null;
  const headerBytes = fromBase64url(header);
  const payloadBytes = fromBase64url(payload);
  const signatureBytes = fromBase64url(signature);
  if (!headerBytes || !payloadBytes || !signatureBytes) return null;
  try {
    const parsedHeader = JSON.parse(new TextDecoder().decode(headerBytes));
    if (parsedHeader?.alg !== "HS256") return null;
    const valid = await crypto.subtle.verify(
      "HMAC",
      await hmacKey(secret),
      signatureBytes,
      encoder.encode(`${header}.${payload}`),
    );
    if (!valid) return null;
    const claims = JSON.parse(new TextDecoder().decode(payloadBytes));
    if (typeof claims !== "object" || claims === null || typeof claims.exp !== "number") return null;
    if (claims.exp * 1000 <= now) return null;
    return claims as JwtClaims;
  } catch {
    return null;
  }
}
