import { describe, expect, it } from "vitest";
import { sendChat, startConversation } from "../../helpers/worker-client";

const sources = (reply: Awaited<ReturnType<typeof sendChat>>) =>
  reply.chunks.filter((c) => c.type === "source-document") as { title: string; sourceId: string }[];

describe("general questions", () => {
  it.each([
    ["en", "How long do I have to return something?", /30 days of delivery/, "Returns and exchanges"],
    [
      "fr",
      "Combien de temps ai-je pour retourner un article ?",
      /30 jours suivant la livraison/,
      "Retours et échanges",
    ],
    ["pl", "Ile mam czasu na zwrot?", /30 dni od dostawy/, "Zwroty i wymiany"],
  ])("answers the return window in %s from the policy, citing it", async (_lang, question, answer, title) => {
    const conversation = await startConversation();
    const reply = await sendChat(conversation, question);
    expect(reply.text).toMatch(answer);
    expect(sources(reply)[0]?.title).toBe(title);
  });

  it("answers payment methods without sign-in", async () => {
    const conversation = await startConversation();
    const reply = await sendChat(conversation, "Which payment methods do you accept? Can I pay with PayPal?");
    expect(reply.text).toMatch(/PayPal/);
    expect(reply.text).toMatch(/BLIK/);
    expect(reply.cards).toEqual([]);
  });

  it("says it does not know rather than inventing an answer", async () => {
    const conversation = await startConversation();
    const reply = await sendChat(conversation, "Do you have a physical shop in Tokyo with parking?");
    expect(reply.text).toMatch(/don't know/);
    expect(sources(reply)).toEqual([]);
  });

  it("switches skill when the topic changes mid-conversation", async () => {
    const conversation = await startConversation({ as: "alice" });
    const tracking = await sendChat(conversation, "where is my order #1003?");
    expect(tracking.chunks[0]).toMatchObject({ messageMetadata: { skill: "order_tracking" } });
    const policy = await sendChat(conversation, "ok and what payment methods do you accept?");
    expect(policy.chunks[0]).toMatchObject({ messageMetadata: { skill: "general_qa" } });
    expect(policy.text).toMatch(/Visa/);
  });
});
