import { describe, expect, it } from "vitest";
import { routeMessage } from "../../../worker/agent/router";

const route = (text: string) => routeMessage(text, { previousRoute: "order_tracking" }).route;

describe("handing the conversation to a person", () => {
  it.each([
    "can I talk to a human please",
    "I want to speak with a real person",
    "transfer me to a live agent",
    "je veux parler à un conseiller",
    "passez-moi quelqu'un du service client",
    "chcę rozmawiać z konsultantem",
    "proszę o kontakt z człowiekiem",
    "ich möchte mit einem Mitarbeiter sprechen",
    "kann ich mit jemandem reden?",
    "quiero hablar con una persona",
    "pásame con un agente, por favor",
  ])("when the shopper asks for a person: %s", (text) => {
    expect(route(text)).toBe("handoff");
  });

  it.each([
    "I'll talk to my lawyer about this",
    "I'm filing a chargeback with my bank",
    "je vais porter plainte",
    "zgłoszę to do sądu",
    "ich werde Sie verklagen",
    "voy a llamar a mi abogado",
  ])("on legal threats: %s", (text) => {
    expect(route(text)).toBe("handoff");
  });

  it.each([
    "my daughter had an allergic reaction to the shampoo",
    "the heater caught fire last night",
    "le chargeur a pris feu",
    "dostałam uczulenia po tym kremie",
    "das Gerät ist explodiert",
    "me dio alergia la crema",
  ])("on safety incidents: %s", (text) => {
    expect(route(text)).toBe("handoff");
  });

  it.each([
    "please delete all my personal data",
    "GDPR request: erase my account",
    "supprimez mes données personnelles",
    "usuńcie moje dane zgodnie z RODO",
    "löschen Sie meine Daten",
    "borren mis datos personales",
  ])("on data-protection requests: %s", (text) => {
    expect(route(text)).toBe("handoff");
  });

  it.each([
    "you are useless",
    "this bot is useless",
    "this is ridiculous, nobody answers",
    "vous êtes des escrocs",
    "ten bot jest beznadziejny",
    "ihr seid Betrüger",
    "sois unos ladrones",
  ])("on abuse and open anger: %s", (text) => {
    expect(route(text)).toBe("handoff");
  });

  it("keeps asking for contact details with the knowledge base", () => {
    expect(routeMessage("how can I contact customer service by email?").route).toBe("general_qa");
    expect(routeMessage("what's your phone number?").route).toBe("general_qa");
  });

  it("never invents a safety incident out of a corrected typo", () => {
    // "firmę" (a company) is one letter from "fire".
    expect(routeMessage("czy wystawiacie faktury na firmę?").route).toBe("general_qa");
  });
});
