import { describe, expect, it } from "vitest";
import { sendChat, startConversation } from "../../helpers/worker-client";

const orderCard = (cards: { type: string; data: any }[]) => cards.find((c) => c.type === "data-order")?.data;

describe("order tracking", () => {
  it.each([
    ["en", "Where is my order #1003?", /on its way with Colissimo/, /Estimated delivery/],
    ["fr", "Bonjour, où en est ma commande 1003 ?", /est en route avec Colissimo/, /Livraison estimée/],
    ["pl", "Gdzie jest moje zamówienie nr 1003?", /jest w drodze/, /Przewidywana dostawa/],
  ])(
    "tells Alice where #1003 is in %s with an order card and the carrier's tracking link",
    async (_lang, question, status, eta) => {
      const conversation = await startConversation({ as: "alice" });
      const reply = await sendChat(conversation, question);
      expect(reply.status).toBe(200);
      expect(reply.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
      expect(reply.text).toMatch(status);
      expect(reply.text).toMatch(eta);
      expect(reply.text).toContain("6A10030000003");
      const card = orderCard(reply.cards);
      expect(card.name).toBe("#1003");
      expect(card.status).toBe("in_transit");
      expect(card.tracking.url).toMatch(/^https:\/\/www\.laposte\.fr\/.*6A10030000003/);
      expect(card.actions).toContainEqual(expect.objectContaining({ kind: "track", url: card.tracking.url }));
    },
  );

  it("streams the answer in several text deltas after the card", async () => {
    const conversation = await startConversation({ as: "alice" });
    const reply = await sendChat(conversation, "where's #1003");
    const types = reply.chunks.map((c) => c.type);
    expect(types[0]).toBe("start");
    expect(types.filter((t) => t === "text-delta").length).toBeGreaterThan(3);
    expect(types.indexOf("data-order")).toBeLessThan(types.indexOf("text-start"));
    expect(types.at(-1)).toBe("finish");
    expect(types.some((t) => t.startsWith("tool-"))).toBe(false);
  });

  it("gives Bartek nothing about Alice's order — the same answer as for an order that does not exist", async () => {
    const conversation = await startConversation({ as: "bartek" });
    const theirs = await sendChat(conversation, "Where is order #1003?");
    const missing = await sendChat(conversation, "Where is order #9999?");
    expect(orderCard(theirs.cards)).toBeUndefined();
    expect(theirs.raw).not.toContain("6A10030000003");
    expect(theirs.raw).not.toMatch(/colissimo|laposte|hoodie/i);
    expect(theirs.text.replace("#1003", "#N")).toBe(missing.text.replace("#9999", "#N"));
  });

  it("asks an anonymous shopper to sign in and shows no order data", async () => {
    const conversation = await startConversation();
    const reply = await sendChat(conversation, "where is my order 1003??");
    expect(reply.cards.map((c) => c.type)).toEqual(["data-login"]);
    expect(reply.text).toMatch(/sign in/i);
    expect(reply.raw).not.toMatch(/6A10030000003|Colissimo|in_transit/);
  });

  it("picks the most recent open order when none is named, says which and offers the others", async () => {
    const conversation = await startConversation({ as: "alice" });
    const reply = await sendChat(conversation, "When will my package arrive?");
    expect(orderCard(reply.cards).name).toBe("#1004");
    expect(reply.text).toMatch(/most recent open order is #1004/);
    expect(reply.text).toMatch(/#1003/);
  });

  it("answers for the order the shopper names among several", async () => {
    const conversation = await startConversation({ as: "alice" });
    const reply = await sendChat(conversation, "was #1001 delivered?");
    expect(orderCard(reply.cards)).toMatchObject({ name: "#1001", status: "delivered" });
    expect(reply.text).toMatch(/#1001 was delivered on/);
  });

  it("treats an expired identity token as an anonymous shopper", async () => {
    const { signJwt } = await import("../../../worker/auth/jwt");
    const { env } = await import("cloudflare:test");
    const now = Math.floor(Date.now() / 1000);
    const expired = await signJwt({ sub: "cust_alice", email: "alice@example.com", exp: now - 5 }, env.IDENTITY_SECRET);
    const conversation = await startConversation({ identityToken: expired });
    const reply = await sendChat(conversation, "where is my order #1003");
    expect(reply.cards.map((c) => c.type)).toEqual(["data-login"]);
  });

  it("rejects a forged identity token", async () => {
    const { signJwt } = await import("../../../worker/auth/jwt");
    const now = Math.floor(Date.now() / 1000);
    const forged = await signJwt({ sub: "cust_alice", email: "alice@example.com", exp: now + 600 }, "not-the-secret");
    const conversation = await startConversation({ identityToken: forged });
    const reply = await sendChat(conversation, "where is my order #1003");
    expect(orderCard(reply.cards)).toBeUndefined();
    expect(reply.cards.map((c) => c.type)).toEqual(["data-login"]);
  });
});
