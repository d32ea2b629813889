import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { seedDemoStore } from "../../../db/seed";
import { demoCommerce } from "../../../worker/commerce/demo";
import { addMonths } from "../../../worker/skills/subscriptions/schedule";
import { sendChat, startConversation } from "../../helpers/worker-client";

type Reply = Awaited<ReturnType<typeof sendChat>>;
const subscriptionCards = (reply: Reply) =>
  reply.cards.filter((c) => c.type === "data-subscription").map((c) => c.data);

/** Carol's coffee subscription as the store has it now, read straight from D1 — not through the chat. */
async function carolsCoffee() {
  const [sub] = await demoCommerce(env.DB).listSubscriptions("cust_carol");
  return sub!;
}

// Writes persist across the tests of a file, so every test starts from the freshly seeded demo store (Carol's
// monthly coffee subscription, active, next charge in 12 days).
beforeEach(async () => {
  await seedDemoStore(env.DB);
});

describe("subscriptions: showing", () => {
  it("shows Carol her subscription with its card: product, rhythm, next charge, status and actions", async () => {
    const before = await carolsCoffee();
    const conversation = await startConversation({ as: "carol" });
    const reply = await sendChat(conversation, "Show me my subscriptions");
    expect(reply.text).toMatch(/Coffee Subscription \(monthly\) is active: delivered every month, next charge on/);
    expect(reply.text).toMatch(/pause it for up to 3 months/);
    expect(subscriptionCards(reply)).toEqual([
      {
        product: "Coffee Subscription (monthly)",
        frequency: "Every month",
        nextChargeAt: new Date(before.nextChargeAt!).toISOString(),
        status: "active",
        actions: ["pause", "skip", "modify", "cancel"].map((kind) => expect.objectContaining({ kind })),
      },
    ]);
  });

  it("tells Alice she has no subscription and shows nothing of Carol's, even when she asks to cancel one", async () => {
    const conversation = await startConversation({ as: "alice" });
    const show = await sendChat(conversation, "What subscriptions do I have?");
    expect(show.text).toBe("You don't have any subscriptions with us.");
    const cancel = await sendChat(conversation, "Cancel my subscription");
    const yes = await sendChat(conversation, "yes");
    for (const reply of [show, cancel, yes]) {
      expect(subscriptionCards(reply)).toEqual([]);
      expect(reply.raw).not.toMatch(/Coffee Subscription/);
    }
    expect((await carolsCoffee()).status).toBe("active");
  });

  it("answers Bartek in Polish that he has no subscription", async () => {
    const conversation = await startConversation({ as: "bartek", locale: "pl" });
    const reply = await sendChat(conversation, "Pokaż moje subskrypcje");
    expect(reply.text).toBe("Nie masz u nas żadnych subskrypcji.");
  });
});

describe("subscriptions: changes, each after a confirmation", () => {
  it("pauses Carol's subscription for 2 months and moves the next charge past the pause", async () => {
    const before = await carolsCoffee();
    const conversation = await startConversation({ as: "carol" });
    const ask = await sendChat(conversation, "Pause my subscription for 2 months");
    expect(ask.text).toMatch(
      /^Pause Coffee Subscription \(monthly\) for 2 months: no deliveries or charges until .+, and the next charge would be on .+\. Reply yes to confirm/,
    );
    expect(subscriptionCards(ask)[0].status).toBe("active");
    expect((await carolsCoffee()).status).toBe("active");

    const yes = await sendChat(conversation, "yes");
    expect(yes.text).toMatch(
      /^Done — Coffee Subscription \(monthly\) is paused until .+\. Your next charge will be on/,
    );
    const after = await carolsCoffee();
    expect(after.status).toBe("paused");
    expect(after.nextChargeAt).toBe(addMonths(before.nextChargeAt!, 2));
    expect(Math.abs(after.pausedUntil! - addMonths(Date.now(), 2))).toBeLessThan(60_000);
    expect(subscriptionCards(yes)[0]).toMatchObject({
      status: "paused",
      nextChargeAt: new Date(after.nextChargeAt!).toISOString(),
      actions: [expect.objectContaining({ kind: "resume" }), expect.anything(), expect.anything()],
    });
  });

  it("explains the 3-month limit for a longer pause and proposes nothing", async () => {
    const conversation = await startConversation({ as: "carol" });
    const ask = await sendChat(conversation, "Pause my coffee subscription for 5 months");
    expect(ask.text).toMatch(/up to 3 months at a time, and 5 months is longer than that/);
    const yes = await sendChat(conversation, "yes");
    expect(yes.text).not.toMatch(/Done/);
    expect((await carolsCoffee()).status).toBe("active");
  });

  it("resumes a paused subscription on its original schedule", async () => {
    const before = await carolsCoffee();
    const conversation = await startConversation({ as: "carol" });
    await sendChat(conversation, "Pause my subscription for 2 months");
    await sendChat(conversation, "yes");
    const ask = await sendChat(conversation, "Resume my subscription");
    expect(ask.text).toMatch(/^Resume Coffee Subscription \(monthly\): deliveries restart/);
    const yes = await sendChat(conversation, "yes");
    expect(yes.text).toMatch(/is active again/);
    expect(await carolsCoffee()).toMatchObject({ status: "active", nextChargeAt: before.nextChargeAt });
  });

  it("skips the next delivery, moving the next charge by one month (in French)", async () => {
    const before = await carolsCoffee();
    const conversation = await startConversation({ as: "carol", locale: "fr" });
    const ask = await sendChat(conversation, "Sautez la prochaine livraison de mon abonnement");
    expect(ask.text).toMatch(
      /^Sauter la prochaine livraison de Coffee Subscription \(monthly\) : le prélèvement du .+ n'aura pas lieu/,
    );
    expect(ask.text).toMatch(/Répondez oui pour confirmer/);
    const yes = await sendChat(conversation, "oui");
    expect(yes.text).toMatch(/^C'est fait — la prochaine livraison de Coffee Subscription \(monthly\) est sautée/);
    expect((await carolsCoffee()).nextChargeAt).toBe(addMonths(before.nextChargeAt!, 1));
    expect(subscriptionCards(yes)[0].nextChargeAt).toBe(new Date(addMonths(before.nextChargeAt!, 1)).toISOString());
  });

  it("only offers every 2, 4 or 6 weeks, then changes the rhythm on confirmation (in Polish)", async () => {
    const before = await carolsCoffee();
    const conversation = await startConversation({ as: "carol", locale: "pl" });
    const refused = await sendChat(conversation, "Chcę dostawy subskrypcji co 3 tygodnie");
    expect(refused.text).toMatch(/tylko co 2, 4 lub 6 tygodni, więc co 3 tygodnie nie jest możliwe/);
    const ask = await sendChat(conversation, "Zmień częstotliwość subskrypcji na co 4 tygodnie");
    expect(ask.text).toMatch(/^Zmiana Coffee Subscription \(monthly\) z co miesiąc na co 4 tygodnie/);
    const yes = await sendChat(conversation, "tak");
    expect(yes.text).toMatch(/^Gotowe — dostawy Coffee Subscription \(monthly\) będą teraz co 4 tygodnie/);
    expect(await carolsCoffee()).toMatchObject({
      frequency: { unit: "week", count: 4 },
      nextChargeAt: before.nextChargeAt,
      status: "active",
    });
    expect(subscriptionCards(yes)[0].frequency).toBe("Co 4 tygodnie");
  });

  it("keeps the subscription when Carol says no, and cancels it when she confirms", async () => {
    const conversation = await startConversation({ as: "carol" });
    const ask = await sendChat(conversation, "Cancel my subscription");
    expect(ask.text).toMatch(
      /^Cancel Coffee Subscription \(monthly\): no more deliveries or charges — the charge planned for .+ won't happen/,
    );
    const no = await sendChat(conversation, "no");
    expect(no.text).toBe("All right, I haven't changed anything on your subscription.");
    expect((await carolsCoffee()).status).toBe("active");

    await sendChat(conversation, "Cancel my subscription");
    const yes = await sendChat(conversation, "yes");
    expect(yes.text).toMatch(/Done — Coffee Subscription \(monthly\) is cancelled/);
    expect(subscriptionCards(yes)).toEqual([expect.objectContaining({ status: "cancelled", actions: [] })]);
    const after = await carolsCoffee();
    expect(after.status).toBe("cancelled");
    expect(after.nextChargeAt).toBeUndefined();
  });
});
