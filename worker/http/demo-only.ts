import type { Context, Next } from "hono";
import { type AppEnv, isDemoMode } from "../bindings";
import { ApiError } from "./errors";

/** Demo-only routes do not exist outside demo mode: 404, exactly like any unknown route. */
export async function demoOnly(c: Context<{ Bindings: AppEnv }>, next: Next) {
  if (!isDemoMode(c.env)) throw new ApiError("not_found", "route", `No route for ${c.req.method} ${c.req.path}.`);
  await next();
}
