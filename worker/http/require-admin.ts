import type { Context, Next } from "hono";
import type { AppEnv } from "../bindings";
import { ApiError } from "./errors";

const encoder = new TextEncoder();

/** Compares without leaking the position of the first difference through timing. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(given)),
    crypto.subtle.digest("SHA-256", encoder.encode(expected)),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

/** Merchant-only routes: `Authorization: Bearer <ADMIN_TOKEN>`. */
export async function requireAdmin(c: Context<{ Bindings: AppEnv }>, next: Next) {
  const token = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!c.env.ADMIN_TOKEN || !token || !(await sameSecret(token, c.env.ADMIN_TOKEN))) {
    throw new ApiError("unauthorized", "admin", "Send the admin token as 'Authorization: Bearer <ADMIN_TOKEN>'.");
  }
  await next();
}
