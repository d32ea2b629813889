import { like } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { settings } from "../../db/schema";
import { DEFAULT_RETURN_POLICY, type RefundMethod, type ReturnMethodRule, type ReturnPolicy } from "./policy";
import { type LoopPartner, RETURNS_SETTING_VALIDATORS, type ReturnAddress } from "./settings-validators";

export type ProviderPreference = "auto" | "loop" | "aftership" | "builtin";

export type ReturnsSettings = {
  policy: ReturnPolicy;
  provider: ProviderPreference;
  /** Where built-in portal returns are sent; without it the built-in portal cannot issue labels. */
  address?: ReturnAddress;
  /** Public origin of the Worker serving `/returns`. */
  portalUrl?: string;
  /** Reasons the portal offers per item. */
  reasons: string[];
  notificationEmail?: string;
  loop: { lookup: "postal_code" | "email"; partner?: LoopPartner };
};

export const DEFAULT_RETURN_REASONS = [
  "too_small",
  "too_large",
  "not_as_expected",
  "changed_mind",
  "defective",
  "wrong_item",
];

type StoredMethod = { kind: ReturnMethodRule["kind"]; amount: number; currency: string; countries?: string[] };

/** Settings from stored rows; a missing or invalid value keeps the default (the demo store's policy). */
export function parseReturnsSettings(stored: ReadonlyMap<string, unknown>): ReturnsSettings {
  const valid = <T>(key: string): T | undefined => {
    const value = stored.get(key);
    return value !== undefined && RETURNS_SETTING_VALIDATORS[key]!(value) ? (value as T) : undefined;
  };
  const d = DEFAULT_RETURN_POLICY;
  const methods = valid<StoredMethod[]>("returns.methods");
  const policy: ReturnPolicy = {
    ...d,
    windowDays: valid<number>("returns.window_days") ?? d.windowDays,
    nonReturnableProductIds: valid<string[]>("returns.non_returnable_products") ?? d.nonReturnableProductIds,
    nonReturnableCategories: valid<string[]>("returns.non_returnable_categories") ?? d.nonReturnableCategories,
    blockedCountries: valid<string[]>("returns.blocked_countries") ?? d.blockedCountries,
    refundMethods: valid<RefundMethod[]>("returns.refund_methods") ?? d.refundMethods,
    returnMethods: methods
      ? methods.map((m) => ({
          kind: m.kind,
          price: { amount: m.amount, currency: m.currency },
          countries: m.countries,
        }))
      : d.returnMethods,
  };
  return {
    policy,
    provider: valid<ProviderPreference>("returns.provider") ?? "auto",
    address: valid<ReturnAddress>("returns.address"),
    portalUrl: valid<string>("returns.portal_url"),
    reasons: valid<string[]>("returns.reasons") ?? DEFAULT_RETURN_REASONS,
    notificationEmail: valid<string>("returns.notification_email"),
    loop: {
      lookup: valid<"postal_code" | "email">("returns.loop.lookup") ?? "postal_code",
      partner: valid<LoopPartner>("returns.loop.partner"),
    },
  };
}

export async function returnsSettings(d1: D1Database): Promise<ReturnsSettings> {
  const rows = await drizzle(d1).select().from(settings).where(like(settings.key, "returns.%"));
  return parseReturnsSettings(new Map(rows.map((row) => [row.key, row.value])));
}
