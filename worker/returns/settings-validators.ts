import { isEmailAddress, isSafeUrl } from "../settings/validators";
import { REFUND_METHODS, RETURN_METHOD_KINDS } from "./policy";

/**
 * Checks for every `returns.*` merchant setting (issue #6 §6, "validated on write"). The settings API must refuse a
 * value its validator rejects; reads ignore an invalid stored value and keep the default, so a bad row can never
 * change a verdict.
 */

export type ReturnAddress = { name: string; address1: string; postalCode: string; city: string; country: string };
export type LoopPartner = { partner: string; shopDomain: string };

const isText = (v: unknown, max = 200): v is string => typeof v === "string" && v.trim().length > 0 && v.length <= max;
const isCountry = (v: unknown): v is string => typeof v === "string" && /^[A-Z]{2}$/.test(v);
const isList = <T>(v: unknown, item: (x: unknown) => x is T, max = 500): v is T[] =>
  Array.isArray(v) && v.length <= max && v.every(item) && new Set(v).size === v.length;

const isWindowDays = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 365;

const isRefundMethods = (v: unknown) =>
  isList(v, (x): x is string => REFUND_METHODS.includes(x as never)) && (v as unknown[]).length > 0;

/** `[{ kind, amount, currency, countries? }]` — at most one rule per kind, prices in currency units. */
const isReturnMethods = (v: unknown) =>
  Array.isArray(v) &&
  v.length > 0 &&
  new Set(v.map((m) => m?.kind)).size === v.length &&
  v.every(
    (m) =>
      typeof m === "object" &&
      m !== null &&
      RETURN_METHOD_KINDS.includes(m.kind) &&
      typeof m.amount === "number" &&
      m.amount >= 0 &&
      m.amount <= 1000 &&
      typeof m.currency === "string" &&
      /^[A-Z]{3}$/.test(m.currency) &&
      (m.countries === undefined || isList(m.countries, isCountry)),
  );

const isAddress = (v: unknown): v is ReturnAddress => {
  if (typeof v !== "object" || v === null) return false;
  const a = v as Record<string, unknown>;
  return isText(a.name) && isText(a.address1) && isText(a.postalCode, 20) && isText(a.city) && isCountry(a.country);
};

const isLoopPartner = (v: unknown): v is LoopPartner => {
  if (typeof v !== "object" || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.partner === "string" &&
    /^[a-z0-9-]{1,64}$/i.test(p.partner) &&
    typeof p.shopDomain === "string" &&
    /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/i.test(p.shopDomain)
  );
};

/** Setting key → its validator. */
export const RETURNS_SETTING_VALIDATORS: Record<string, (v: unknown) => boolean> = {
  "returns.provider": (v) => v === "auto" || v === "loop" || v === "aftership" || v === "builtin",
  "returns.window_days": isWindowDays,
  "returns.non_returnable_products": (v) => isList(v, (x): x is string => isText(x, 100)),
  "returns.non_returnable_categories": (v) => isList(v, (x): x is string => isText(x, 100)),
  "returns.blocked_countries": (v) => isList(v, isCountry, 250),
  "returns.refund_methods": isRefundMethods,
  "returns.methods": isReturnMethods,
  "returns.reasons": (v) => isList(v, (x): x is string => isText(x, 100), 30) && (v as unknown[]).length > 0,
  "returns.address": isAddress,
  "returns.portal_url": isSafeUrl,
  "returns.notification_email": isEmailAddress,
  "returns.loop.lookup": (v) => v === "postal_code" || v === "email",
  "returns.loop.partner": isLoopPartner,
};

/** True when `value` may be stored under `key` (unknown keys are not returns settings). */
export function isValidReturnsSetting(key: string, value: unknown): boolean {
  const validate = RETURNS_SETTING_VALIDATORS[key];
  return validate ? validate(value) : false;
}
