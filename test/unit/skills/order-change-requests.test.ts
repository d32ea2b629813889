import { describe, expect, it } from "vitest";
import { parseAddress, postcodeFitsCountry } from "../../../worker/skills/order-modification/parse-address";
import { parseOrderChange } from "../../../worker/skills/order-modification/parse-request";

const charonne = { address1: "8 rue de Charonne", postalCode: "75011", city: "Paris" };

describe("reading a new delivery address from a message", () => {
  it.each([
    ["en", "Change the shipping address of #1004 to 8 rue de Charonne, 75011 Paris please", charonne],
    ["fr", "Changez l'adresse de livraison de la commande 1004 : 8 rue de Charonne, 75011 Paris", charonne],
    ["bare", "8 rue de Charonne, 75011 Paris", charonne],
    [
      "pl",
      "Zmień adres dostawy zamówienia 1004 na ul. Na Skarpie 5, 00-238 Warszawa",
      { address1: "ul. Na Skarpie 5", postalCode: "00-238", city: "Warszawa" },
    ],
    [
      "de",
      "Bitte ändern Sie die Lieferadresse auf Hauptstraße 5, 10115 Berlin",
      { address1: "Hauptstraße 5", postalCode: "10115", city: "Berlin" },
    ],
    [
      "es",
      "Cambia la dirección de mi pedido 1004 a Calle de la Paz 5, 28013 Madrid",
      { address1: "Calle de la Paz 5", postalCode: "28013", city: "Madrid" },
    ],
    [
      "us",
      "new address: 500 Howard St, San Francisco, CA 94103",
      { address1: "500 Howard St", postalCode: "94103", city: "San Francisco" },
    ],
  ])("reads street, postcode and city (%s)", (_case, message, address) => {
    expect(parseAddress(message)).toEqual(address);
  });

  it("returns nothing when the street number, postcode or city is missing", () => {
    expect(parseAddress("change the address to 8 rue de Charonne")).toBeNull();
    expect(parseAddress("change the address of order 1004")).toBeNull();
    expect(parseAddress("rue de Charonne, 75011 Paris")).toBeNull();
  });

  it("checks the postcode has the shape used in the order's country", () => {
    expect(postcodeFitsCountry("75011", "FR")).toBe(true);
    expect(postcodeFitsCountry("00-238", "FR")).toBe(false);
    expect(postcodeFitsCountry("00-238", "PL")).toBe(true);
    expect(postcodeFitsCountry("75011", "PL")).toBe(false);
  });
});

describe("reading what the shopper wants to change", () => {
  it.each([
    ["Please cancel my order #1004", { orderName: "#1004", kind: "cancel" }],
    ["Annulez ma commande 1004 s'il vous plaît", { orderName: "#1004", kind: "cancel" }],
    ["Chcę anulować zamówienie 1004", { orderName: "#1004", kind: "cancel" }],
    ["Bitte stornieren Sie meine Bestellung 1004", { orderName: "#1004", kind: "cancel" }],
    ["Quiero cancelar mi pedido 1004", { orderName: "#1004", kind: "cancel" }],
    ["I need to change the delivery address on my order", { kind: "address", address: undefined }],
    ["Change the quantity of espresso beans in #1004 to 1", { orderName: "#1004", kind: "item", quantity: 1 }],
    ["Zmień ilość kawy espresso w zamówieniu 1004 na dwie", { orderName: "#1004", kind: "item", quantity: 2 }],
    ["I ordered two espresso beans 1 kg, I only want one", { kind: "item", quantity: 1 }],
    ["Can I change the size of an item in my order?", { kind: "item", quantity: undefined }],
  ])("%s", (message, expected) => {
    expect(parseOrderChange(message)).toMatchObject(expected);
  });

  it("never reads a postcode or house number as an order number or a quantity", () => {
    const request = parseOrderChange("Change the address of #1004 to 12 rue X, 75011 Paris");
    expect(request).toMatchObject({ orderName: "#1004", kind: "address", quantity: undefined });
    expect(parseOrderChange("new address 8 rue de Charonne, 75011 Paris").orderName).toBeUndefined();
  });

  it("leaves the kind open when the message does not say what to change", () => {
    expect(parseOrderChange("yes").kind).toBeUndefined();
    expect(parseOrderChange("Change the espresso beans in #1004 to Ground").kind).toBeUndefined();
  });
});
