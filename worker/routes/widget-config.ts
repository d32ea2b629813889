import { inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { Hono } from "hono";
import { settings } from "../../db/schema";
import type { AppEnv } from "../bindings";

export type WidgetConfig = { color: string; position: "left" | "right"; greeting?: string };

const DEFAULTS: WidgetConfig = { color: "#1f3fbf", position: "right" };

/** Each merchant setting with the check it must pass; an invalid stored value falls back to the default. */
const FIELDS: { [K in keyof WidgetConfig]-?: [key: string, valid: (v: unknown) => v is WidgetConfig[K]] } = {
  color: ["widget.color", (v): v is string => typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v)],
  position: ["widget.position", (v): v is "left" | "right" => v === "left" || v === "right"],
  greeting: ["widget.greeting", (v): v is string => typeof v === "string" && v.length > 0 && v.length <= 200],
};

/** Setting key → its validator, for the settings API. */
export const WIDGET_SETTING_VALIDATORS: Record<string, (v: unknown) => boolean> = Object.fromEntries(
  Object.values(FIELDS).map(([key, valid]) => [key, valid as (v: unknown) => boolean]),
);

export async function widgetConfigFor(d1: D1Database): Promise<WidgetConfig> {
  const keys = Object.values(FIELDS).map(([key]) => key);
  const rows = await drizzle(d1).select().from(settings).where(inArray(settings.key, keys));
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const config: WidgetConfig = { ...DEFAULTS };
  for (const [field, [key, valid]] of Object.entries(FIELDS)) {
    const value = stored.get(key);
    if (valid(value)) (config as Record<string, unknown>)[field] = value;
  }
  return config;
}

/** `GET /v1/widget/config`: the launcher's look, read cross-origin by the loader on the merchant's storefront. */
export const widgetConfig = new Hono<{ Bindings: AppEnv }>().get("/", async (c) => {
  const config = await widgetConfigFor(c.env.DB);
  return c.json(config, 200, { "cache-control": "public, max-age=60", "access-control-allow-origin": "*" });
});
