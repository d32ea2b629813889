import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { Hono } from "hono";
import { settings } from "../../db/schema";
import type { AppEnv } from "../bindings";
import { ApiError, readJson } from "../http/errors";
import { requireAdmin } from "../http/require-admin";
import { isKnownSetting, SETTING_VALIDATORS } from "../settings/registry";

const SURFACE = "settings";

function knownKey(key: string): string {
  if (!isKnownSetting(key)) {
    throw new ApiError(
      "not_found",
      SURFACE,
      `Unknown setting '${key}'. Known: ${Object.keys(SETTING_VALIDATORS).join(", ")}.`,
    );
  }
  return key;
}

/** Merchant settings (DESIGN §12): read all, set one (validated before anything is stored), reset one to default. */
export const adminSettings = new Hono<{ Bindings: AppEnv }>()
  .use("*", requireAdmin)
  .get("/", async (c) => {
    const rows = await drizzle(c.env.DB).select().from(settings);
    const stored = Object.fromEntries(rows.filter((r) => isKnownSetting(r.key)).map((r) => [r.key, r.value]));
    return c.json({ settings: stored, keys: Object.keys(SETTING_VALIDATORS) });
  })
  .put("/:key", async (c) => {
    const key = knownKey(c.req.param("key"));
    const body = await readJson<{ value?: unknown }>(c, SURFACE);
    if (typeof body !== "object" || body === null || !("value" in body)) {
      throw new ApiError("bad_request", SURFACE, 'Send { "value": ... }.');
    }
    if (!SETTING_VALIDATORS[key]!(body.value)) {
      throw new ApiError("bad_request", SURFACE, `That is not a valid value for '${key}'.`);
    }
    const now = Date.now();
    await drizzle(c.env.DB)
      .insert(settings)
      .values({ key, value: body.value, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value: body.value, updatedAt: now } });
    return c.json({ key, value: body.value });
  })
  .delete("/:key", async (c) => {
    const key = knownKey(c.req.param("key"));
    await drizzle(c.env.DB).delete(settings).where(eq(settings.key, key));
    return c.body(null, 204);
  });
