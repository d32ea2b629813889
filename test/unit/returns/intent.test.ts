import { describe, expect, it } from "vitest";
import type { Order } from "../../../worker/commerce/types";
import { conditionIn, returnsIntent } from "../../../worker/skills/returns/intent";
import { selectReturnOrder } from "../../../worker/skills/returns/select-order";

describe("what a returns message asks for", () => {
  it.each([
    ["What is your return policy?", "policy"],
    ["How long do I have to return something?", "policy"],
    ["When does the return window end?", "policy"],
    ["Can I return a gift card?", "policy"],
    ["Quelle est votre politique de retour ?", "policy"],
    ["Kiedy mogę dokonać zwrotu?", "policy"],
    ["Wie lange habe ich Zeit für eine Rückgabe?", "policy"],
    ["Can I return order #1001?", "eligibility"],
    ["I want to return my shirt", "eligibility"],
    ["Je veux retourner ma chemise", "eligibility"],
    ["Chcę zwrócić zamówienie 2002", "eligibility"],
    ["Ich möchte meine Bestellung zurückgeben", "eligibility"],
    ["Quiero devolver mi pedido", "eligibility"],
    ["Where is my refund?", "status"],
    ["When will I get my money back?", "status"],
    ["Status of RMA-7K3QX9PA", "status"],
    ["Où en est mon remboursement ?", "status"],
    ["Gdzie jest mój zwrot pieniędzy?", "status"],
    ["¿Dónde está mi reembolso?", "status"],
    ["that's not fair", "dispute"],
    ["C'est injuste", "dispute"],
    ["To niesprawiedliwe", "dispute"],
    ["but it arrived damaged", "dispute"],
    ["Der Artikel ist kaputt angekommen", "dispute"],
  ])("%s → %s", (text, intent) => {
    expect(returnsIntent(text)).toBe(intent);
  });

  it.each([
    ["They sent me the wrong item", "wrong_item"],
    ["Ce n'est pas ce que j'ai commandé, c'est le mauvais article", "wrong_item"],
    ["but it arrived damaged", "defective"],
    ["Mais il est arrivé abîmé", "defective"],
    ["Przyszło uszkodzone", "defective"],
    ["Llegó roto", "defective"],
    ["that's not fair", undefined],
  ])("reads the item's condition in %s", (text, condition) => {
    expect(conditionIn(text)).toBe(condition);
  });
});

const order = (name: string, status: Order["status"], titles: string[]): Order => ({
  id: `ord_${name.slice(1)}`,
  name,
  customerId: "cust_alice",
  status,
  placedAt: 0,
  items: titles.map((title, i) => ({
    id: `${name}_${i}`,
    title,
    quantity: 1,
    price: { amount: 10, currency: "EUR" },
    finalSale: false,
    giftCard: false,
  })),
  total: { amount: 10, currency: "EUR" },
  shippingCountry: "FR",
});

// Newest first, as the commerce backend lists them.
const ALICE = [
  order("#1004", "unfulfilled", ["Espresso Beans"]),
  order("#1003", "in_transit", ["Organic Cotton Hoodie"]),
  order("#1005", "delivered", ["Cashmere-Blend Sweater"]),
  order("#1001", "delivered", ["Linen Shirt", "Canvas Tote Bag"]),
];

describe("which order a return question is about", () => {
  it("takes the order the shopper names", () => {
    expect(selectReturnOrder(ALICE, { orderName: "1001", text: "" })).toMatchObject({
      order: { name: "#1001" },
      selectedBy: "named",
    });
  });

  it("answers an order that is not theirs exactly like one that does not exist", () => {
    expect(selectReturnOrder(ALICE, { orderName: "#2002", text: "" })).toEqual({
      error: "order_not_found",
      orderName: "#2002",
      others: ["#1004", "#1003", "#1005", "#1001"],
    });
  });

  it("finds the order with the item they mention, then the order discussed before, then the latest delivered", () => {
    expect(selectReturnOrder(ALICE, { text: "I want to return my shirts" })).toMatchObject({
      order: { name: "#1001" },
    });
    expect(selectReturnOrder(ALICE, { text: "it arrived damaged", previousOrderId: "ord_1001" })).toMatchObject({
      order: { name: "#1001" },
      selectedBy: "previous",
    });
    expect(selectReturnOrder(ALICE, { text: "I want to return something" })).toMatchObject({
      order: { name: "#1005" },
      selectedBy: "most_recent_delivered",
    });
  });

  it("says when there are no orders at all", () => {
    expect(selectReturnOrder([], { text: "return" })).toEqual({ error: "no_orders" });
  });
});
