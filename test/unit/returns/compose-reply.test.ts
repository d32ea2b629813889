import { describe, expect, it } from "vitest";
import { formatDate } from "../../../worker/i18n/format";
import { LANGUAGES } from "../../../worker/protocol";
import { checkEligibility } from "../../../worker/returns/eligibility";
import { DEFAULT_RETURN_POLICY } from "../../../worker/returns/policy";
import type { OrderFacts } from "../../../worker/returns/verdict";
import { returnCard } from "../../../worker/skills/returns/card";
import { composeReturnsReply } from "../../../worker/skills/returns/compose-reply";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20, 12);

const order = (over: Partial<OrderFacts> = {}): OrderFacts => ({
  name: "#1005",
  status: "delivered",
  placedAt: NOW - 9 * DAY,
  deliveredAt: NOW - 5 * DAY,
  shippingCountry: "FR",
  items: [
    { id: "a", title: "Printed Silk Scarf", quantity: 1, finalSale: true, giftCard: false },
    { id: "b", title: "Cashmere-Blend Sweater", quantity: 1, finalSale: false, giftCard: false },
  ],
  ...over,
});

const reply = (facts: OrderFacts, language: (typeof LANGUAGES)[number], portalUrl?: string) => {
  const { trace: _t, ...verdict } = checkEligibility({ order: facts, policy: DEFAULT_RETURN_POLICY, now: NOW });
  const output = {
    verdict: { ...verdict, country: facts.shippingCountry, windowDays: 30 },
    selectedBy: "named",
    portal: portalUrl ? "ready" : "not_needed",
    portalUrl,
  };
  return composeReturnsReply("eligibility", "", { checkReturnEligibility: output }, language);
};

describe("returns replies in every language", () => {
  it.each(LANGUAGES)("names the returnable item, its deadline, the refused item and the portal link in %s", (lang) => {
    const text = reply(order(), lang, "https://portal.example/returns?token=t");
    expect(text).toContain("Cashmere-Blend Sweater");
    expect(text).toContain(formatDate(NOW + 25 * DAY, lang));
    expect(text).toContain("Printed Silk Scarf");
    expect(text).toMatch(/\]\(https:\/\/portal\.example\/returns\?token=t\)/);
    expect(text).toMatch(/3[.,]95/);
  });

  it.each(LANGUAGES)("gives the end of an expired window in %s", (lang) => {
    const text = reply(order({ deliveredAt: NOW - 45 * DAY }), lang);
    expect(text).toContain(formatDate(NOW - 15 * DAY, lang));
    expect(text).toContain("30");
  });

  it.each(LANGUAGES)("names the blocked country in %s", (lang) => {
    const text = reply(order({ shippingCountry: "NO" }), lang);
    expect(text).toContain(new Intl.DisplayNames([lang], { type: "region" }).of("NO"));
  });

  it("puts the per-item reasons and localised labels on the card", () => {
    const verdict = checkEligibility({ order: order(), policy: DEFAULT_RETURN_POLICY, now: NOW });
    const card = returnCard(verdict, { country: "FR", windowDays: 30, language: "fr", portalUrl: "https://p.example" });
    expect(card).toMatchObject({
      orderName: "#1005",
      eligible: true,
      deadline: new Date(NOW + 25 * DAY).toISOString(),
      items: [
        {
          title: "Printed Silk Scarf",
          eligible: false,
          reason: "Les articles en vente finale ne sont pas retournables",
        },
        { title: "Cashmere-Blend Sweater", eligible: true },
      ],
      returnMethods: [
        { kind: "drop_off", label: "Point relais" },
        { kind: "home_pickup", label: "Enlèvement à domicile" },
      ],
      portalUrl: "https://p.example",
    });
  });
});
