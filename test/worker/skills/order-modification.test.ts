import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { seedDemoStore } from "../../../db/seed";
import { demoCommerce } from "../../../worker/commerce/demo";
import { sendChat, startConversation } from "../../helpers/worker-client";

type Reply = Awaited<ReturnType<typeof sendChat>>;
const orderCards = (reply: Reply) => reply.cards.filter((c) => c.type === "data-order").map((c) => c.data);
const cardTypes = (reply: Reply) => reply.cards.map((c) => c.type);

/** An order as the store has it now, read straight from D1 — not through the chat. */
async function storedOrder(name: string) {
  const orders = await demoCommerce(env.DB).listOrders("cust_alice");
  return orders.find((order) => order.name === name)!;
}

// Writes persist across the tests of a file, so every test starts from a freshly seeded demo store (#1004 placed
// an hour ago, unshipped).
beforeEach(async () => {
  await seedDemoStore(env.DB);
});

describe("order modification: cancelling", () => {
  it("cancels #1004 only after Alice confirms, shows the new state, and tracking agrees", async () => {
    const conversation = await startConversation({ as: "alice" });
    const ask = await sendChat(conversation, "Please cancel my order #1004");
    expect(ask.text).toMatch(/^Cancel #1004 \(House Espresso Beans 1 kg \(Whole bean\) ×2, .*Pour-Over.*, €95\.00\)/);
    expect(ask.text).toMatch(/you'll be refunded €95\.00 to your original payment method\. Reply yes to confirm/);
    expect(orderCards(ask)).toEqual([expect.objectContaining({ name: "#1004", status: "unfulfilled" })]);
    expect((await storedOrder("#1004")).status).toBe("unfulfilled");

    const yes = await sendChat(conversation, "yes");
    expect(yes.text).toMatch(/Done — #1004 is cancelled\. €95\.00 will be refunded/);
    expect(orderCards(yes)).toEqual([expect.objectContaining({ name: "#1004", status: "cancelled" })]);
    expect((await storedOrder("#1004")).status).toBe("cancelled");

    const tracking = await sendChat(conversation, "Where is my order #1004?");
    expect(tracking.text).toMatch(/#1004 was cancelled/);
    expect(orderCards(tracking)[0]).toMatchObject({ name: "#1004", status: "cancelled" });
  });

  it("changes nothing when Alice says no, and a later yes has nothing left to confirm", async () => {
    const conversation = await startConversation({ as: "alice", locale: "fr" });
    const ask = await sendChat(conversation, "Annulez ma commande 1004 s'il vous plaît");
    expect(ask.text).toMatch(/^Annuler la commande #1004 .*vous serez remboursé\(e\) de 95,00\s€/);
    const no = await sendChat(conversation, "non merci");
    expect(no.text).toMatch(/je n'ai rien modifié : la commande #1004 reste telle quelle/);
    const lateYes = await sendChat(conversation, "oui");
    expect(lateYes.text).not.toMatch(/C'est fait/);
    expect(orderCards(lateYes).every((card) => card.status === "unfulfilled")).toBe(true);
    expect((await storedOrder("#1004")).status).toBe("unfulfilled");
  });

  it("drops a proposal when the next message is another question, so a later yes performs nothing", async () => {
    const conversation = await startConversation({ as: "alice" });
    await sendChat(conversation, "I want to cancel order 1004");
    const other = await sendChat(conversation, "What payment methods do you accept?");
    expect(other.text).not.toMatch(/cancel/i);
    const yes = await sendChat(conversation, "yes");
    expect(yes.text).not.toMatch(/Done/);
    expect(cardTypes(yes)).not.toContain("data-order");
    expect((await storedOrder("#1004")).status).toBe("unfulfilled");
  });

  it("gives Bartek the not-found answer for Alice's #1004 and leaves it untouched", async () => {
    const conversation = await startConversation({ as: "bartek" });
    const theirs = await sendChat(conversation, "Please cancel order #1004");
    const missing = await sendChat(conversation, "Please cancel order #9999");
    expect(theirs.text.replace("#1004", "#N")).toBe(missing.text.replace("#9999", "#N"));
    expect(theirs.text).toMatch(/couldn't find an order #1004/);
    expect(orderCards(theirs)).toEqual([]);
    expect(theirs.raw).not.toMatch(/Espresso|Pour-Over|95[.,]00/);
    const yes = await sendChat(conversation, "yes");
    expect(yes.text).not.toMatch(/Done/);
    expect((await storedOrder("#1004")).status).toBe("unfulfilled");
  });
});

describe("order modification: the 2-hour, before-shipping policy", () => {
  it("refuses to cancel the shipped #1003, explains the policy and brings in a person on yes", async () => {
    const conversation = await startConversation({ as: "alice" });
    const ask = await sendChat(conversation, "Can you cancel #1003?");
    expect(ask.text).toMatch(/#1003 has already shipped, so I can't change or cancel it any more/);
    expect(ask.text).toMatch(/within 2 hours of being placed and before they ship/);
    expect(ask.text).toMatch(/bring in a person/);
    expect(orderCards(ask)).toEqual([expect.objectContaining({ name: "#1003", status: "in_transit" })]);

    const yes = await sendChat(conversation, "yes please");
    expect(yes.text).toMatch(/passed your request about #1003 to our team/);
    expect(yes.cards).toContainEqual({
      type: "data-handoff",
      data: expect.objectContaining({ state: "pending_human" }),
    });
    expect((await storedOrder("#1003")).status).toBe("in_transit");
  });

  it("offers a return instead for the delivered #1001 (in Polish)", async () => {
    const conversation = await startConversation({ as: "alice", locale: "pl" });
    const ask = await sendChat(conversation, "Chcę anulować zamówienie 1001");
    expect(ask.text).toMatch(/Zamówienie #1001 zostało już dostarczone/);
    expect(ask.text).toMatch(/w ciągu 2 godzin od złożenia i przed wysyłką/);
    expect(ask.text).toMatch(/zwrócić w ciągu 30 dni/);
    expect((await storedOrder("#1001")).status).toBe("delivered");
  });
});

describe("order modification: address and items", () => {
  it("changes #1004's delivery address after confirmation (in French)", async () => {
    const conversation = await startConversation({ as: "alice", locale: "fr" });
    const ask = await sendChat(
      conversation,
      "Changez l'adresse de livraison de la commande 1004 : 8 rue de Charonne, 75011 Paris",
    );
    expect(ask.text).toMatch(
      /^Changer l'adresse de livraison de la commande #1004 \(12 rue Oberkampf, 75011 Paris\) pour 8 rue de Charonne, 75011 Paris\. Répondez oui/,
    );
    expect((await storedOrder("#1004")).shippingAddress?.address1).toBe("12 rue Oberkampf");
    expect(ask.cards.find((c) => c.type === "data-order")?.data.shipTo).toBe("12 rue Oberkampf, 75011 Paris");
    const yes = await sendChat(conversation, "oui");
    expect(yes.text).toMatch(/C'est fait — la commande #1004 sera livrée au 8 rue de Charonne, 75011 Paris/);
    expect(yes.cards.find((c) => c.type === "data-order")?.data.shipTo).toBe("8 rue de Charonne, 75011 Paris");
    expect((await storedOrder("#1004")).shippingAddress).toMatchObject({
      address1: "8 rue de Charonne",
      postalCode: "75011",
      city: "Paris",
      country: "FR",
    });
  });

  it("asks for the new address when it is missing, proposing nothing until it has one", async () => {
    const conversation = await startConversation({ as: "alice" });
    const ask = await sendChat(conversation, "I need to change the delivery address on my order");
    expect(ask.text).toMatch(
      /What's the new delivery address for #1004\? It's going to 12 rue Oberkampf, 75011 Paris now/,
    );
    const yes = await sendChat(conversation, "yes");
    expect(yes.text).not.toMatch(/Done/);
    const address = await sendChat(conversation, "8 rue de Charonne, 75011 Paris");
    expect(address.text).toMatch(
      /Change the delivery address of #1004 from 12 rue Oberkampf, 75011 Paris to 8 rue de Charonne/,
    );
    expect((await storedOrder("#1004")).shippingAddress?.address1).toBe("12 rue Oberkampf");
  });

  it("lowers a quantity, refunding the difference, after confirmation (in Polish)", async () => {
    const conversation = await startConversation({ as: "alice", locale: "pl" });
    const ask = await sendChat(conversation, "Zmień ilość kawy espresso w zamówieniu 1004 na 1");
    expect(ask.text).toMatch(/House Espresso Beans 1 kg w zamówieniu #1004: Whole bean ×2 → Whole bean ×1/);
    expect(ask.text).toMatch(/Suma zamówienia zmieni się z 95,00\s€ na 67,00\s€: zwrócimy 28,00\s€/);
    const yes = await sendChat(conversation, "tak");
    expect(yes.text).toMatch(
      /Gotowe — zamówienie #1004 zawiera teraz House Espresso Beans 1 kg Whole bean ×1\. Nowa suma to 67,00\s€/,
    );
    const card = orderCards(yes)[0];
    expect(card.items).toContainEqual(expect.objectContaining({ title: "House Espresso Beans 1 kg", quantity: 1 }));
    expect(card.total).toEqual({ amount: 67, currency: "EUR" });
    const stored = await storedOrder("#1004");
    expect(stored.items.find((item) => item.title.startsWith("House Espresso"))?.quantity).toBe(1);
    expect(stored.total.amount).toBe(67);
  });

  it("switches a variant the product really comes in, at the same price", async () => {
    const conversation = await startConversation({ as: "alice" });
    const ask = await sendChat(conversation, "Change the pour-over set in #1004 to Charcoal");
    expect(ask.text).toMatch(
      /Change Ceramic Pour-Over Set on #1004 from White ×1 to Charcoal ×1\. The price stays the same/,
    );
    const yes = await sendChat(conversation, "yes");
    expect(yes.text).toMatch(/Done — #1004 now has Ceramic Pour-Over Set Charcoal ×1\. The new total is €95\.00/);
    expect(orderCards(yes)[0].items).toContainEqual(expect.objectContaining({ variant: "Charcoal" }));
    expect((await storedOrder("#1004")).items.map((item) => item.variant)).toContain("Charcoal");
  });

  it("asks which item when the order has several and none is named", async () => {
    const conversation = await startConversation({ as: "alice", locale: "de" });
    const reply = await sendChat(conversation, "Ich möchte die Menge in meiner Bestellung 1004 ändern");
    expect(reply.text).toMatch(/Welchen Artikel der Bestellung #1004 soll ich ändern: House Espresso Beans 1 kg/);
    expect(reply.text).toMatch(/Ceramic Pour-Over Set/);
  });

  it("asks an anonymous shopper to sign in and shows no order", async () => {
    const conversation = await startConversation();
    const reply = await sendChat(conversation, "Please cancel my order #1004");
    expect(cardTypes(reply)).toEqual(["data-login"]);
    expect(reply.raw).not.toMatch(/Espresso|95[.,]00/);
  });
});
