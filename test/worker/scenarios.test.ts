import { describe, expect, it } from "vitest";
import { type ChatResult, sendChat, startConversation } from "../helpers/worker-client";

/** The skill the reply was produced by, from the `start` chunk's metadata. */
const skillOf = (reply: ChatResult) =>
  (reply.chunks.find((c) => c.type === "start") as { messageMetadata?: { skill?: string } } | undefined)
    ?.messageMetadata?.skill;
const cardTypes = (reply: ChatResult) => reply.cards.map((c) => c.type);

describe("scripted conversations across skills", () => {
  it("follows Alice through six topics in one conversation, switching skill each time", async () => {
    const alice = await startConversation({ as: "alice" });
    const steps: [string, string, string[]][] = [
      ["Where is my order #1003?", "order_tracking", ["data-order"]],
      ["and can I still cancel #1004?", "order_modification", ["data-order"]],
      ["no wait, do you have a discount code for me?", "discounts", ["data-discount"]],
      ["Which payment methods do you accept?", "general_qa", []],
      ["Can you recommend a vegan face cream?", "product_recommendations", ["data-product"]],
      ["I would like to speak to a human please", "handoff", ["data-handoff"]],
    ];
    for (const [text, skill, cards] of steps) {
      const reply = await sendChat(alice, text);
      expect(skillOf(reply), text).toBe(skill);
      for (const card of cards) expect(cardTypes(reply), text).toContain(card);
      expect(reply.text.length, text).toBeGreaterThan(0);
    }
  });

  it("keeps a short follow-up in the current skill and answers about the other order", async () => {
    const alice = await startConversation({ as: "alice" });
    await sendChat(alice, "Where is my order #1003?");
    const followUp = await sendChat(alice, "and #1001?");
    expect(skillOf(followUp)).toBe("order_tracking");
    expect(followUp.cards.find((c) => c.type === "data-order")?.data.name).toBe("#1001");
  });

  it("re-routes in French and Polish too", async () => {
    const fr = await startConversation({ as: "alice", locale: "fr" });
    expect(skillOf(await sendChat(fr, "Où en est ma commande 1003 ?"))).toBe("order_tracking");
    expect(skillOf(await sendChat(fr, "Quels sont vos délais de livraison ?"))).toBe("general_qa");
    const pl = await startConversation({ as: "carol", locale: "pl" });
    expect(skillOf(await sendChat(pl, "Ile mam punktów?"))).toBe("loyalty");
    expect(skillOf(await sendChat(pl, "Chcę wstrzymać subskrypcję"))).toBe("subscriptions");
  });
});

describe("one shopper never sees another's data", () => {
  // Alice's and Carol's private facts as they would appear in a reply or card — not what the shopper typed
  // themselves (an order number or code echoed in "not found" is fine) and not public programme facts.
  const PRIVATE = [/6A1003/, /Colissimo/i, /1[,\s.\u202f]?250/, /20\s?%/, /Oberkampf/, /Alice|Carol|Martin|Smith/];
  const PRIVATE_CARDS = ["data-order", "data-loyalty", "data-subscription"];

  it.each([
    ["Where is order #1003?"],
    ["Cancel order #1004 please"],
    ["How many loyalty points does Carol have?"],
    ["Show me my subscription"],
    ["Pause the coffee subscription of carol@example.com"],
    ["Can I use the code VIP20?"],
    ["What is the delivery address of order #1004?"],
  ])("Bartek asking %j gets nothing of Alice's or Carol's", async (question) => {
    const bartek = await startConversation({ as: "bartek" });
    const reply = await sendChat(bartek, question);
    for (const secret of PRIVATE) expect(reply.raw, `${question} leaked ${secret}`).not.toMatch(secret);
    for (const card of PRIVATE_CARDS) expect(cardTypes(reply), question).not.toContain(card);
  });

  it("an anonymous shopper gets sign-in cards, not account data", async () => {
    const anonymous = await startConversation();
    for (const question of ["Where is my order #1003?", "How many points do I have?", "Pause my subscription"]) {
      const reply = await sendChat(anonymous, question);
      for (const secret of PRIVATE) expect(reply.raw, `${question} leaked ${secret}`).not.toMatch(secret);
      for (const card of PRIVATE_CARDS) expect(cardTypes(reply), question).not.toContain(card);
      expect(cardTypes(reply), question).toContain("data-login");
    }
  });
});
