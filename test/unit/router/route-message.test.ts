import { describe, expect, it } from "vitest";
import { routeMessage } from "../../../worker/agent/router";
import type { RouteId } from "../../../worker/protocol";

const routes = (cases: [string, RouteId][]) => cases.map(([text, route]) => [route, text] as const);

describe("routing a shopper's message to the skill that handles it", () => {
  it.each(
    routes([
      ["can I send back the boots I bought last week?", "returns"],
      ["where's my parcel, it was due yesterday", "order_tracking"],
      ["please cancel order 1004, I ordered the wrong one", "order_modification"],
      ["skip next month's coffee box", "subscriptions"],
      ["how many reward points do I have?", "loyalty"],
      ["is there a promo code for first orders?", "discounts"],
      ["do you ship to Norway and how much does it cost?", "general_qa"],
      ["what would you recommend for very dry skin?", "product_recommendations"],
    ]),
  )("English: %s ← %s", (route, text) => {
    expect(routeMessage(text).route).toBe(route);
  });

  it.each(
    routes([
      ["je voudrais être remboursée pour la robe", "returns"],
      ["mon colis n'est toujours pas là", "order_tracking"],
      ["je me suis trompée d'adresse de livraison", "order_modification"],
      ["je veux résilier mon abonnement", "subscriptions"],
      ["combien de points fidélité me reste-t-il ?", "loyalty"],
      ["mon code promo ne fonctionne pas", "discounts"],
      ["acceptez-vous les cartes Visa ?", "general_qa"],
      ["une idée de cadeau pour ma grand-mère ?", "product_recommendations"],
    ]),
  )("French: %s ← %s", (route, text) => {
    expect(routeMessage(text).route).toBe(route);
  });

  it.each(
    routes([
      ["chcę oddać kurtkę i dostać zwrot pieniędzy", "returns"],
      ["gdzie jest moja paczka?", "order_tracking"],
      ["proszę anulować zamówienie 1003", "order_modification"],
      ["jak wstrzymać subskrypcję?", "subscriptions"],
      ["ile punktów lojalnościowych mam?", "loyalty"],
      ["czy macie kupon rabatowy?", "discounts"],
      ["czy mogę zapłacić BLIK-iem?", "general_qa"],
      ["co polecacie dla biegacza?", "product_recommendations"],
    ]),
  )("Polish: %s ← %s", (route, text) => {
    expect(routeMessage(text).route).toBe(route);
  });

  it.each(
    routes([
      ["ich möchte die Schuhe zurückschicken", "returns"],
      ["wann kommt mein Paket?", "order_tracking"],
      ["bitte meine Bestellung stornieren", "order_modification"],
      ["wie kann ich mein Abo kündigen?", "subscriptions"],
      ["wie viele Treuepunkte habe ich?", "loyalty"],
      ["gibt es einen Rabattcode?", "discounts"],
      ["was kostet der Versand nach Österreich?", "general_qa"],
      ["welches Geschenk könnt ihr für meinen Vater empfehlen?", "product_recommendations"],
    ]),
  )("German: %s ← %s", (route, text) => {
    expect(routeMessage(text).route).toBe(route);
  });

  it.each(
    routes([
      ["quiero un reembolso de mi compra", "returns"],
      ["¿dónde está mi pedido 1003?", "order_tracking"],
      ["necesito cambiar la dirección de envío", "order_modification"],
      ["quiero pausar la suscripción un mes", "subscriptions"],
      ["¿cuántos puntos de fidelidad tengo?", "loyalty"],
      ["¿tienen algún cupón de descuento?", "discounts"],
      ["¿cuál es el horario de la tienda?", "general_qa"],
      ["¿qué me recomiendan para regalar a mi hermana?", "product_recommendations"],
    ]),
  )("Spanish: %s ← %s", (route, text) => {
    expect(routeMessage(text).route).toBe(route);
  });

  it("understands common typos", () => {
    expect(routeMessage("i want to cancle my ordr").route).toBe("order_modification");
    expect(routeMessage("need to update my adress").route).toBe("order_modification");
    expect(routeMessage("when will i recieve my pakage").route).toBe("order_tracking");
  });

  it("does not mistake swearing used as emphasis for a request for a person", () => {
    expect(routeMessage("help me change the bloody delivery address").route).toBe("order_modification");
    expect(routeMessage("where is my damn refund").route).toBe("returns");
  });

  it("sends money-back questions to returns even when they ask for a status", () => {
    expect(routeMessage("what's the status of my refund?").route).toBe("returns");
    expect(routeMessage("ist meine Erstattung schon unterwegs?").route).toBe("returns");
  });

  it("tells a subscription cancellation from an order cancellation", () => {
    expect(routeMessage("cancel my subscription").route).toBe("subscriptions");
    expect(routeMessage("cancel my order").route).toBe("order_modification");
  });

  it("sends a bare order number to order tracking", () => {
    expect(routeMessage("#1003").route).toBe("order_tracking");
  });

  it("is unsure about messages without any shop topic, so a model can be asked instead", () => {
    expect(routeMessage("what's the weather like today?").confidence).toBeLessThan(0.5);
    expect(routeMessage("I like turtles")).toMatchObject({ route: "general_qa" });
  });

  it("is more confident about a clear message than a vague one", () => {
    const clear = routeMessage("I want a refund for my broken lamp");
    const vague = routeMessage("I have a question about the thing I got");
    expect(clear.confidence).toBeGreaterThan(0.8);
    expect(vague.confidence).toBeLessThan(clear.confidence);
  });

  it("reports the language of the message", () => {
    expect(routeMessage("où est ma commande 1003").language).toBe("fr");
    expect(routeMessage("#1003", { language: "de" }).language).toBe("de");
  });
});

describe("small talk", () => {
  it.each([
    "hi",
    "hello!",
    "merci",
    "merci beaucoup, bonne journée",
    "dzięki",
    "danke schön",
    "¡hola!",
    "ok thanks bye",
  ])("answers %s with no skill", (text) => {
    expect(routeMessage(text).route).toBe("none");
  });

  it("treats a greeting with a question as the question", () => {
    expect(routeMessage("hi, where is my order?").route).toBe("order_tracking");
  });

  it("treats asking whether it is a bot as small talk, not as a request for a person", () => {
    expect(routeMessage("are you a bot?").route).toBe("none");
  });
});
