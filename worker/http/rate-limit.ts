import type { AppEnv } from "../bindings";
import { ApiError } from "./errors";

/** Both limiters are configured with a 60-second period in wrangler.toml. */
const PERIOD_SECONDS = 60;

export function clientIp(request: Request): string {
  return request.headers.get("cf-connecting-ip") ?? request.headers.get("x-real-ip") ?? "unknown";
}

async function enforce(limiter: RateLimit | undefined, key: string, surface: string, what: string) {
  if (!limiter) return;
  const { success } = await limiter.limit({ key });
  if (!success) {
    throw new ApiError("rate_limit", surface, `Too many requests from this ${what}. Try again in a minute.`, {
      "retry-after": String(PERIOD_SECONDS),
    });
  }
}

/** Abuse control per client IP (approximate, per Cloudflare location — DESIGN §5). */
export function limitByIp(env: AppEnv, request: Request, surface: string) {
  return enforce(env.IP_RATE_LIMITER, clientIp(request), surface, "address");
}

/** Abuse control per conversation, so one chat cannot flood the model. */
export function limitByConversation(env: AppEnv, conversationId: string, surface: string) {
  return enforce(env.CONVERSATION_RATE_LIMITER, conversationId, surface, "conversation");
}

/** Returns-portal lookups: stricter, since each attempt is a guess at someone's order details. */
export function limitLookups(env: AppEnv, request: Request, surface: string) {
  return enforce(env.LOOKUP_RATE_LIMITER, clientIp(request), surface, "address");
}
