import { describe, expect, it } from "vitest";
import { addBusinessDays } from "../../../worker/returns/business-days";
import { verifyPortalLink } from "../../../worker/returns/portal-link";
import { type ReturnsEnv, resolveReturnsProvider } from "../../../worker/returns/providers";
import { parseReturnsSettings } from "../../../worker/returns/settings";
import { isValidReturnsSetting } from "../../../worker/returns/settings-validators";

const ADDRESS = {
  name: "Returns",
  address1: "8 rue des Entrepôts",
  postalCode: "93200",
  city: "Saint-Denis",
  country: "FR",
};
const SECRET = "test-link-secret-0123456789abcdef0123456789";
const env = (over: Partial<ReturnsEnv> = {}): ReturnsEnv => ({ LINK_SECRET: SECRET, DEMO_MODE: "false", ...over });
const settingsOf = (entries: Record<string, unknown>) => parseReturnsSettings(new Map(Object.entries(entries)));

describe("returns settings", () => {
  it("starts from the demo store's policy", () => {
    const { policy, provider, reasons } = settingsOf({});
    expect(policy).toMatchObject({ windowDays: 30, blockedCountries: ["NO", "CH"] });
    expect(provider).toBe("auto");
    expect(reasons).toContain("defective");
  });

  it("applies valid values and ignores invalid ones", () => {
    const { policy } = settingsOf({
      "returns.window_days": 14,
      "returns.blocked_countries": ["norway"],
      "returns.methods": [{ kind: "drop_off", amount: 0, currency: "EUR" }],
    });
    expect(policy.windowDays).toBe(14);
    expect(policy.blockedCountries).toEqual(["NO", "CH"]);
    expect(policy.returnMethods).toEqual([{ kind: "drop_off", price: { amount: 0, currency: "EUR" } }]);
  });

  it.each([
    ["returns.window_days", 0, false],
    ["returns.window_days", 30.5, false],
    ["returns.window_days", 60, true],
    ["returns.blocked_countries", ["NO", "NO"], false],
    ["returns.refund_methods", [], false],
    ["returns.refund_methods", ["store_credit", "cash"], false],
    ["returns.refund_methods", ["store_credit"], true],
    ["returns.methods", [{ kind: "drone", amount: 1, currency: "EUR" }], false],
    ["returns.methods", [{ kind: "home_pickup", amount: 6.95, currency: "EUR", countries: ["FR"] }], true],
    ["returns.address", { ...ADDRESS, country: "France" }, false],
    ["returns.address", ADDRESS, true],
    ["returns.portal_url", "http://support.example", false],
    ["returns.portal_url", "http://localhost:8787", true],
    ["returns.provider", "sendcloud", false],
    ["returns.loop.partner", { partner: "acme", shopDomain: "evil.example" }, false],
    ["returns.unknown", 1, false],
  ])("validates %s = %j → %s", (key, value, ok) => {
    expect(isValidReturnsSetting(key, value)).toBe(ok);
  });
});

describe("choosing the returns provider", () => {
  it("prefers a connected Loop, then AfterShip, then the built-in portal", () => {
    const s = settingsOf({ "returns.address": ADDRESS, "returns.portal_url": "https://support.example" });
    const pick = (e: ReturnsEnv) => {
      const r = resolveReturnsProvider(e, s);
      return r.ok ? r.provider.id : r.missing;
    };
    expect(pick(env({ LOOP_API_KEY: "k", AFTERSHIP_API_KEY: "a" }))).toBe("loop");
    expect(pick(env({ AFTERSHIP_API_KEY: "a" }))).toBe("aftership");
    expect(pick(env())).toBe("builtin");
  });

  it("uses Loop's partner link when the partner secret and shop are configured", () => {
    const s = settingsOf({ "returns.loop.partner": { partner: "acme", shopDomain: "acme.myshopify.com" } });
    const r = resolveReturnsProvider(env({ LOOP_PARTNER_SECRET: "p" }), s);
    expect(r.ok && r.provider.id).toBe("loop");
  });

  it("is unavailable, saying why, with no provider and no return address", () => {
    const r = resolveReturnsProvider(env(), settingsOf({ "returns.portal_url": "https://support.example" }));
    expect(r).toEqual({
      ok: false,
      missing:
        "Requires a returns provider or the built-in returns portal: the built-in returns portal has no return address (setting returns.address)",
    });
  });

  it("names the missing piece of an explicitly chosen provider", () => {
    const r = resolveReturnsProvider(
      env(),
      settingsOf({ "returns.provider": "aftership", "returns.address": ADDRESS }),
    );
    expect(r.ok ? "" : r.missing).toMatch(/AFTERSHIP_API_KEY/);
  });

  it("links on the Worker's own origin, refuses a link with no url at all, and defaults it in demo mode", async () => {
    const s = settingsOf({ "returns.address": ADDRESS });
    const request = {
      order: { id: "ord_1001", name: "#1001" },
      customer: { id: "cust_alice", email: "alice@example.com" },
    };
    const withOrigin = resolveReturnsProvider(env(), s, "https://shop.example");
    if (!withOrigin.ok) throw new Error(withOrigin.missing);
    expect(await withOrigin.provider.portalLink(request)).toMatchObject({
      ok: true,
      url: expect.stringMatching(/^https:\/\/shop\.example\/returns\?token=/),
    });
    const nowhere = resolveReturnsProvider(env(), s);
    if (!nowhere.ok) throw new Error(nowhere.missing);
    expect(await nowhere.provider.portalLink(request)).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/portal_url/),
    });
    const demo = resolveReturnsProvider(env({ DEMO_MODE: "true" }), s);
    if (!demo.ok) throw new Error(demo.missing);
    const link = await demo.provider.portalLink({
      order: { id: "ord_1001", name: "#1001" },
      customer: { id: "cust_alice", email: "alice@example.com" },
    });
    if (!link.ok) throw new Error(link.detail);
    expect(link.url).toMatch(/^http:\/\/localhost:8787\/returns\?token=/);
    const claims = await verifyPortalLink(new URL(link.url).searchParams.get("token"), SECRET);
    expect(claims).toMatchObject({ customerId: "cust_alice", orderId: "ord_1001", orderName: "#1001" });
  });
});

describe("expected refund date", () => {
  it("adds business days, skipping weekends", () => {
    const friday = Date.UTC(2026, 10, 20, 10);
    expect(new Date(addBusinessDays(friday, 5)).toISOString()).toBe("2026-11-27T10:00:00.000Z");
    const wednesday = Date.UTC(2026, 10, 18, 10);
    expect(new Date(addBusinessDays(wednesday, 2)).toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect(addBusinessDays(friday, 0)).toBe(friday);
  });
});
