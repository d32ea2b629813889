import { describe, expect, it } from "vitest";
import { sendChat, startConversation } from "../../helpers/worker-client";

const card = (reply: Awaited<ReturnType<typeof sendChat>>, type: string) =>
  reply.cards.find((c) => c.type === type)?.data;

describe("loyalty", () => {
  it.each([
    [
      "en",
      "How many loyalty points do I have?",
      /You have 1,250 points and you are Gold\. 1,250 more points and you reach Platinum/,
    ],
    ["fr", "Combien de points de fidélité ai-je ?", /Vous avez 1\s250 points et vous êtes Gold/],
    ["pl", "Ile mam punktów w programie lojalnościowym?", /Masz 1\s?250 punktów i poziom Gold/],
  ])("gives Carol her balance, tier and progress in %s with a loyalty card", async (_lang, question, answer) => {
    const conversation = await startConversation({ as: "carol" });
    const reply = await sendChat(conversation, question);
    expect(reply.text).toMatch(answer);
    expect(card(reply, "data-loyalty")).toMatchObject({
      points: 1250,
      tier: "Gold",
      nextTier: { name: "Platinum", pointsNeeded: 1250 },
    });
  });

  it("tells a shopper without an account how points are earned", async () => {
    const conversation = await startConversation({ as: "bartek" });
    const reply = await sendChat(conversation, "how many loyalty points do I have?");
    expect(reply.text).toMatch(/1 point for every €1/);
    expect(card(reply, "data-loyalty")).toBeUndefined();
  });

  it("answers programme questions without sign-in, never showing anyone's balance", async () => {
    const conversation = await startConversation();
    const reply = await sendChat(conversation, "How much are 500 loyalty points worth?");
    expect(reply.text).toMatch(/500 points are worth a €5 voucher/);
    expect(reply.text).toMatch(/Sign in/);
    expect(card(reply, "data-loyalty")).toBeUndefined();
    expect(card(reply, "data-login")).toBeDefined();
    expect(reply.raw).not.toMatch(/1,?250/);
  });
});
