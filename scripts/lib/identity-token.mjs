// Signs an HS256 identity token the way a merchant's backend does (Node side: scripts and benchmarks).
import { createHmac } from "node:crypto";

const b64url = (value) => Buffer.from(value).toString("base64url");

export function signIdentityToken(secret, sub, email, lifetimeSeconds = 3600) {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${b64url(JSON.stringify({ sub, email, iat: now, exp: now + lifetimeSeconds }))}`;
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`;
}
