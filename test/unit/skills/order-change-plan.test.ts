import { describe, expect, it } from "vitest";
import type { Order, OrderItem } from "../../../worker/commerce/types";
import { changeApplied, planChange } from "../../../worker/skills/order-modification/plan-change";

const eur = (amount: number) => ({ amount, currency: "EUR" });
const beans: OrderItem = {
  id: "line_beans",
  productId: "prod_beans",
  title: "House Espresso Beans 1 kg",
  variant: "Whole bean",
  quantity: 2,
  price: eur(28),
  finalSale: false,
  giftCard: false,
};
const dripper: OrderItem = {
  ...beans,
  id: "line_dripper",
  productId: "prod_dripper",
  title: "Ceramic Pour-Over Set",
  variant: "White",
  quantity: 1,
  price: eur(39),
};
const order: Order = {
  id: "ord_1004",
  name: "#1004",
  customerId: "cust_alice",
  status: "unfulfilled",
  placedAt: 0,
  items: [beans, dripper],
  total: eur(95),
  shippingCountry: "FR",
  shippingAddress: { name: "Alice", address1: "12 rue Oberkampf", postalCode: "75011", city: "Paris", country: "FR" },
};
const VARIANTS: Record<string, string[]> = {
  prod_beans: ["Whole bean", "Ground"],
  prod_dripper: ["White", "Charcoal"],
};
const variantsOf = (item: OrderItem) => VARIANTS[item.productId!] ?? [];
const plan = (request: Parameters<typeof planChange>[1]) => planChange(order, request, variantsOf);

describe("planning exactly what a change does", () => {
  it("cancels the whole order for a refund of its total, but will not pass off removing one line as that", () => {
    expect(plan({ kind: "cancel", item: "cancel my order" })).toEqual({ change: { kind: "cancel", refund: eur(95) } });
    expect(plan({ kind: "cancel", item: "cancel the pour-over set" })).toEqual({ invalid: "remove_item" });
  });

  it("moves the delivery within the same country, asking for the address when it is missing", () => {
    const to = { address1: "8 rue de Charonne", postalCode: "75011", city: "Paris" };
    expect(plan({ kind: "address", address: to })).toMatchObject({ change: { kind: "address", to } });
    expect(plan({ kind: "address" })).toMatchObject({ needs: "address", current: { address1: "12 rue Oberkampf" } });
    expect(plan({ kind: "address", address: { ...to, postalCode: "00-238" } })).toEqual({
      invalid: "address_country",
      country: "FR",
    });
    expect(
      plan({ kind: "address", address: { address1: "12 RUE OBERKAMPF", postalCode: "75011", city: "paris" } }),
    ).toEqual({ invalid: "same_address" });
  });

  it("changes a quantity and prices the difference", () => {
    expect(plan({ kind: "item", item: "the espresso beans", quantity: 1 })).toEqual({
      change: {
        kind: "item",
        itemId: "line_beans",
        title: "House Espresso Beans 1 kg",
        from: { variant: "Whole bean", quantity: 2 },
        to: { variant: "Whole bean", quantity: 1 },
        totalBefore: eur(95),
        totalAfter: eur(67),
      },
    });
  });

  it("finds the line from a variant only it comes in", () => {
    expect(plan({ variant: "make it Charcoal please", item: "make it Charcoal please" })).toMatchObject({
      change: { itemId: "line_dripper", to: { variant: "Charcoal", quantity: 1 }, totalAfter: eur(95) },
    });
  });

  it("asks which line, or what to change on it, when the request does not say", () => {
    expect(plan({ kind: "item", quantity: 1, item: "change the quantity to 1" })).toMatchObject({
      needs: "item",
      items: [{ title: "House Espresso Beans 1 kg" }, { title: "Ceramic Pour-Over Set" }],
    });
    expect(plan({ kind: "item", item: "the espresso beans" })).toMatchObject({
      needs: "item_change",
      item: { title: "House Espresso Beans 1 kg", options: ["Whole bean", "Ground"] },
    });
    expect(plan({ item: "hello" })).toEqual({ needs: "change" });
  });

  it("refuses quantities out of range and changes that change nothing", () => {
    expect(plan({ kind: "item", item: "espresso", quantity: 0 })).toMatchObject({ invalid: "quantity_range" });
    expect(plan({ kind: "item", item: "espresso", quantity: 2 })).toMatchObject({ invalid: "unchanged" });
  });

  it("reports a change as applied only when the re-read order shows all of it", () => {
    const result = plan({ kind: "item", item: "espresso", quantity: 1 });
    if (!("change" in result)) throw new Error("expected a change");
    const changed: Order = { ...order, items: [{ ...beans, quantity: 1 }, dripper], total: eur(67) };
    expect(changeApplied(changed, result.change)).toBe(true);
    expect(changeApplied({ ...changed, total: eur(95) }, result.change)).toBe(false);
    expect(changeApplied(order, result.change)).toBe(false);
    expect(changeApplied({ ...order, status: "cancelled" }, { kind: "cancel", refund: eur(95) })).toBe(true);
  });
});
