import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DEMO_RETURN_ADDRESS, DEMO_RETURN_RMA } from "../../../db/seed/returns";
import { formatDate } from "../../../worker/i18n/format";
import { verifyPortalLink } from "../../../worker/returns/portal-link";
import { handoffPackets } from "../../helpers/handoffs";
import { type ChatResult, call, sendChat, startConversation } from "../../helpers/worker-client";

const DAY = 24 * 60 * 60 * 1000;
const card = (reply: ChatResult, type: string) => reply.cards.find((c) => c.type === type)?.data;

async function deliveredAt(orderId: string): Promise<number> {
  const row = await env.DB.prepare("SELECT delivered_at FROM fulfillments WHERE order_id = ?").bind(orderId).first();
  return row!.delivered_at as number;
}

const packets = handoffPackets;

describe("returns: eligibility for the shopper's own orders", () => {
  it.each([
    ["en", "Can I return order #1001?", /Good news: order #1001 can be returned until (.+?)\./, "Drop-off point"],
    [
      "fr",
      "Bonjour, puis-je retourner ma commande 1001 ?",
      /la commande #1001 peut être retournée jusqu'au (.+?)\./,
      "Point relais",
    ],
    ["pl", "Czy mogę zwrócić zamówienie 1001?", /zamówienie #1001 możesz zwrócić do (.+?)\./, "Punkt nadania"],
  ])(
    "tells Alice #1001 can be returned, with the deadline and a return card, in %s",
    async (lang, question, answer, dropOff) => {
      const conversation = await startConversation({ as: "alice" });
      const reply = await sendChat(conversation, question);
      const deadline = (await deliveredAt("ord_1001")) + 30 * DAY;
      expect(reply.text).toMatch(answer);
      expect(reply.text.match(answer)![1]).toBe(formatDate(deadline, lang as "en"));
      const data = card(reply, "data-return");
      expect(data).toMatchObject({
        orderName: "#1001",
        eligible: true,
        reasons: [],
        deadline: new Date(deadline).toISOString(),
        items: [
          { title: "Linen Shirt", eligible: true },
          { title: "Canvas Tote Bag", eligible: true },
        ],
        returnMethods: [
          { kind: "drop_off", label: dropOff, price: { amount: 3.95, currency: "EUR" } },
          { kind: "home_pickup", price: { amount: 6.95, currency: "EUR" } },
        ],
      });
      expect(data.refundMethods).toHaveLength(3);
      // The start-a-return link opens exactly this order of exactly this shopper in the built-in portal.
      const url = new URL(data.portalUrl);
      expect(url.pathname).toBe("/returns");
      expect(await verifyPortalLink(url.searchParams.get("token"), env.LINK_SECRET)).toMatchObject({
        customerId: "cust_alice",
        orderId: "ord_1001",
        orderName: "#1001",
      });
      expect(reply.text).toContain(data.portalUrl);
      // The Exchange button opens the same order with "exchange" already chosen.
      const exchange = new URL(data.exchangeUrl);
      expect(exchange.searchParams.get("token")).toBe(url.searchParams.get("token"));
      expect(exchange.searchParams.get("refund")).toBe("exchange");
    },
  );

  it("says #1002 is outside the 30-day window and gives the day it ended", async () => {
    const conversation = await startConversation({ as: "alice" });
    const reply = await sendChat(conversation, "I want to return order #1002");
    const ended = (await deliveredAt("ord_1002")) + 30 * DAY;
    expect(reply.text).toContain(
      `Order #1002 can no longer be returned: the 30-day return window ended on ${formatDate(ended, "en")}.`,
    );
    const data = card(reply, "data-return");
    expect(data).toMatchObject({ orderName: "#1002", eligible: false, deadline: new Date(ended).toISOString() });
    expect(data.portalUrl).toBeUndefined();
    expect(data.returnMethods).toEqual([]);
  });

  it("gives per-item verdicts for #1005: final sale and gift card refused, the sweater returnable", async () => {
    const conversation = await startConversation({ as: "alice" });
    const reply = await sendChat(conversation, "Can I return order #1005?");
    expect(reply.text).toMatch(/In order #1005, you can return Cashmere-Blend Sweater until/);
    expect(reply.text).toMatch(/Printed Silk Scarf can't be returned: final-sale items are not returnable\./);
    expect(reply.text).toMatch(/Gift Card €50 can't be returned: gift cards are not returnable\./);
    expect(card(reply, "data-return")).toMatchObject({
      eligible: true,
      items: [
        { title: "Printed Silk Scarf", eligible: false, reason: "Final-sale items are not returnable" },
        { title: "Gift Card €50", eligible: false, reason: "Gift cards are not returnable" },
        { title: "Cashmere-Blend Sweater", eligible: true },
      ],
    });
  });

  it("suggests cancelling #1004, which has not shipped", async () => {
    const conversation = await startConversation({ as: "alice" });
    const reply = await sendChat(conversation, "can I return #1004?");
    expect(reply.text).toMatch(
      /Order #1004 hasn't shipped yet, so there is nothing to return — but you can still cancel it/,
    );
    expect(card(reply, "data-return")).toMatchObject({
      eligible: false,
      items: [{ eligible: false }, { eligible: false }],
    });
  });

  it("asks to wait for #1003, which is still on its way", async () => {
    const conversation = await startConversation({ as: "alice" });
    const reply = await sendChat(conversation, "I'd like to return order #1003");
    expect(reply.text).toMatch(/still on its way.*you'll have 30 days to return it/);
  });

  it("refuses Bartek's #2002 because returns from Norway are not accepted, in Polish", async () => {
    const conversation = await startConversation({ as: "bartek" });
    const reply = await sendChat(conversation, "Czy mogę zwrócić zamówienie 2002?");
    expect(reply.text).toMatch(/Zamówienia #2002 nie można zwrócić: .*nie przyjmujemy zwrotów \(Norwegia\)/);
    expect(card(reply, "data-return")).toMatchObject({ orderName: "#2002", eligible: false });
    expect(card(reply, "data-return").portalUrl).toBeUndefined();
  });

  it("gives Bartek exactly the not-found answer for Alice's #1001, and no link", async () => {
    const conversation = await startConversation({ as: "bartek" });
    const theirs = await sendChat(conversation, "Can I return order #1001?");
    const missing = await sendChat(conversation, "Can I return order #9999?");
    expect(card(theirs, "data-return")).toBeUndefined();
    expect(theirs.raw).not.toMatch(/Linen|Canvas|returns\?token/);
    expect(theirs.text.replace("#1001", "#N")).toBe(missing.text.replace("#9999", "#N"));
  });

  it("finds the order with the item the shopper names", async () => {
    const conversation = await startConversation({ as: "alice" });
    const reply = await sendChat(conversation, "I want to return my shirt");
    expect(card(reply, "data-return").orderName).toBe("#1001");
  });
});

describe("returns: without sign-in", () => {
  it("answers a policy question from the knowledge base with its source and no account data", async () => {
    const conversation = await startConversation();
    const reply = await sendChat(conversation, "What is your return policy?");
    expect(reply.text).toMatch(/30 days of delivery/);
    expect(reply.text).toMatch(/\(Source: Returns and exchanges\)/);
    expect(reply.chunks.some((c) => c.type === "source-document")).toBe(true);
    expect(card(reply, "data-return")).toBeUndefined();
    expect(card(reply, "data-login")).toBeUndefined();
  });

  it("answers in French from the French article", async () => {
    const conversation = await startConversation({ locale: "fr" });
    const reply = await sendChat(conversation, "Quelle est votre politique de retour ?");
    expect(reply.text).toMatch(/30 jours suivant la livraison/);
    expect(reply.text).toMatch(/\(Source : Retours et échanges\)/);
  });

  it("asks to sign in before looking at an order, showing the policy meanwhile", async () => {
    const conversation = await startConversation();
    const reply = await sendChat(conversation, "Can I return order #1001?");
    expect(card(reply, "data-login")).toBeDefined();
    expect(card(reply, "data-return")).toBeUndefined();
    expect(reply.text).toMatch(/You can return items within 30 days of delivery\./);
    expect(reply.text).toMatch(/Sign in and I can check whether your order can be returned/);
    expect(reply.raw).not.toMatch(/Linen|returns\?token/);
  });
});

describe("returns: disputes and refunds", () => {
  it("hands a disputed verdict to a person with the order, the verdict and its trace", async () => {
    const conversation = await startConversation({ as: "alice" });
    await sendChat(conversation, "Can I return order #1002?");
    const reply = await sendChat(conversation, "That's not fair, it arrived damaged!");
    expect(reply.text).toMatch(/I've passed order #1002, my answer and what you told me to our team/);
    expect(card(reply, "data-handoff")).toMatchObject({ state: "pending_human" });
    const [row] = await packets(conversation.conversationId);
    expect(row.reason).toBe("return_dispute");
    expect(row.packet.facts.order).toMatchObject({ name: "#1002", id: "ord_1002" });
    expect(row.packet.facts.verdict).toMatchObject({
      eligible: false,
      reason: "window_expired",
      condition: "defective",
    });
    expect(row.packet.facts.trace).toContainEqual(expect.objectContaining({ rule: "window", outcome: "fail" }));
  });

  it("gives the person the verdict when the shopper simply asks for someone right after it", async () => {
    const conversation = await startConversation({ as: "alice" });
    await sendChat(conversation, "Can I return order #1002?");
    const reply = await sendChat(conversation, "I want to speak to someone about this return");
    expect(card(reply, "data-handoff")).toMatchObject({ state: "pending_human" });
    const [row] = await packets(conversation.conversationId);
    expect(row.packet.facts.order).toMatchObject({ name: "#1002", id: "ord_1002" });
    expect(row.packet.facts.verdict).toMatchObject({ eligible: false, reason: "window_expired" });
    expect(row.packet.facts.trace).toContainEqual(expect.objectContaining({ rule: "window", outcome: "fail" }));
    expect(row.packet.summary).toMatch(/while asking about returns/);
  });

  it("makes the return free when an item of a returnable order arrived damaged", async () => {
    const conversation = await startConversation({ as: "alice" });
    await sendChat(conversation, "Can I return order #1001?");
    const reply = await sendChat(conversation, "but the shirt arrived damaged");
    expect(reply.text).toMatch(/Return shipping is free because the item is defective/);
    const data = card(reply, "data-return");
    expect(data.returnMethods.map((m: any) => m.price.amount)).toEqual([0, 0]);
    expect(card(reply, "data-handoff")).toBeUndefined();
  });

  it("tells Alice her return was received and when the refund is expected", async () => {
    const conversation = await startConversation({ as: "alice" });
    const reply = await sendChat(conversation, "Where is my refund?");
    const row = await env.DB.prepare("SELECT expected_refund_at FROM returns WHERE rma_number = ?")
      .bind(DEMO_RETURN_RMA)
      .first();
    expect(reply.text).toMatch(
      new RegExp(`We received your return ${DEMO_RETURN_RMA} for order #1002 \\(1 × Breton Striped Tee\\)`),
    );
    expect(reply.text).toContain(`expected by ${formatDate(row!.expected_refund_at as number, "en")}`);
  });

  it("says so when there is no return to report", async () => {
    const conversation = await startConversation({ as: "bartek" });
    const reply = await sendChat(conversation, "Where is my refund?");
    expect(reply.text).toMatch(/I don't see any return on your account yet/);
  });
});

describe("returns: no portal configured", () => {
  it("is unavailable with the reason, answers from the policy and hands the shopper to a person", async () => {
    await env.DB.prepare("DELETE FROM settings WHERE key = 'returns.address'").run();
    try {
      const skills = await call("/admin/api/skills", { headers: { authorization: "Bearer dev-admin-token" } });
      const { skills: list } = await skills.json<{ skills: { id: string; status: string; reason?: string }[] }>();
      expect(list.find((s) => s.id === "returns")).toMatchObject({
        status: "unavailable",
        reason: expect.stringMatching(/^Requires a returns provider or the built-in returns portal/),
      });
      const conversation = await startConversation({ as: "alice" });
      const reply = await sendChat(conversation, "Can I return order #1001?");
      expect(reply.text).toMatch(/refund|return/i);
      expect(reply.chunks.some((c) => c.type === "source-document")).toBe(true);
      expect(card(reply, "data-return")).toBeUndefined();
      expect(reply.raw).not.toMatch(/returns\?token/);
      // …and a person takes over what the chat cannot do, knowing exactly what is missing.
      expect(card(reply, "data-handoff")).toMatchObject({ state: "pending_human" });
      const [row] = await packets(conversation.conversationId);
      expect(row.reason).toBe("skill_unavailable");
      expect(row.packet.facts.missing[0]).toMatch(/no return address/);
    } finally {
      await env.DB.prepare("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES ('returns.address', ?, ?)")
        .bind(JSON.stringify(DEMO_RETURN_ADDRESS), Date.now())
        .run();
    }
  });
});
