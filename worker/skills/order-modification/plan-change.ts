import type { AddressChange, Order, OrderItem } from "../../commerce/types";
import type { Money } from "../../protocol";
import { itemsNamed, variantNamed } from "./match-item";
import { postcodeFitsCountry } from "./parse-address";
import type { OrderChangeRequest } from "./parse-request";
import { quantityAllowed } from "./policy";

/**
 * Turns a request into exactly what would change on one order, or into what is still missing or wrong. Pure: the
 * review tool shows its result to the shopper, and the apply tool runs it again on the order as it is at the moment
 * of writing — so a confirmation can never perform something other than what the shopper saw.
 */
export type ItemState = { variant?: string; quantity: number };

export type PlannedChange =
  | { kind: "cancel"; refund: Money }
  | { kind: "address"; from?: AddressChange; to: AddressChange }
  | {
      kind: "item";
      itemId: string;
      title: string;
      from: ItemState;
      to: ItemState;
      totalBefore: Money;
      totalAfter: Money;
    };

/** A line as the shopper sees it when asked to choose. */
export type LineChoice = { title: string; variant?: string; quantity: number; options: string[] };

export type ChangePlan =
  | { change: PlannedChange }
  | { needs: "change" }
  | { needs: "address"; current?: AddressChange }
  | { needs: "item"; items: LineChoice[] }
  | { needs: "item_change"; item: LineChoice }
  | { invalid: "same_address" | "remove_item" }
  | { invalid: "address_country"; country: string }
  | { invalid: "unchanged" | "quantity_range"; item: LineChoice };

type Line = { item: OrderItem; options: string[] };

const cents = (money: Money) => Math.round(money.amount * 100);
const choice = ({ item, options }: Line): LineChoice => ({
  title: item.title,
  variant: item.variant,
  quantity: item.quantity,
  options,
});
const sameAddress = (a: AddressChange | undefined, b: AddressChange) =>
  !!a &&
  a.address1.toLowerCase() === b.address1.toLowerCase() &&
  a.postalCode === b.postalCode &&
  a.city.toLowerCase() === b.city.toLowerCase();

function planAddress(order: Order, to: AddressChange | undefined): ChangePlan {
  const from = order.shippingAddress;
  if (!to) return { needs: "address", current: from };
  const country = from?.country ?? order.shippingCountry;
  if (!postcodeFitsCountry(to.postalCode, country)) return { invalid: "address_country", country };
  if (sameAddress(from, to)) return { invalid: "same_address" };
  return { change: { kind: "address", from, to } };
}

function planItem(order: Order, request: OrderChangeRequest, variantsOf: (item: OrderItem) => string[]): ChangePlan {
  const lines: Line[] = order.items.map((item) => ({ item, options: variantsOf(item) }));
  const named = itemsNamed(order.items, request.item);
  let pool = named.length ? lines.filter((line) => named.includes(line.item)) : lines;
  // "make it Charcoal": a variant only one line comes in tells which line is meant.
  const byVariant = pool.filter((line) => variantNamed(line.options, request.variant, line.item.variant));
  if (pool.length > 1 && byVariant.length === 1) pool = byVariant;
  if (!request.kind && named.length === 0 && byVariant.length !== 1) return { needs: "change" };
  if (pool.length !== 1) return { needs: "item", items: pool.map(choice) };
  const line = pool[0]!;
  const { item } = line;
  const variant = variantNamed(line.options, request.variant, item.variant);
  const quantity = request.quantity;
  if (variant === undefined && quantity === undefined) return { needs: "item_change", item: choice(line) };
  if (quantity !== undefined && !quantityAllowed(quantity)) return { invalid: "quantity_range", item: choice(line) };
  const to: ItemState = { variant: variant ?? item.variant, quantity: quantity ?? item.quantity };
  if (to.variant === item.variant && to.quantity === item.quantity) return { invalid: "unchanged", item: choice(line) };
  const unit = cents(item.price);
  const after = cents(order.total) + unit * (to.quantity - item.quantity);
  return {
    change: {
      kind: "item",
      itemId: item.id,
      title: item.title,
      from: { variant: item.variant, quantity: item.quantity },
      to,
      totalBefore: order.total,
      totalAfter: { amount: after / 100, currency: order.total.currency },
    },
  };
}

export function planChange(
  order: Order,
  request: OrderChangeRequest,
  variantsOf: (item: OrderItem) => string[],
): ChangePlan {
  if (request.kind === "address") return planAddress(order, request.address);
  if (request.kind === "cancel") {
    // "cancel the pour-over set" removes one line of several: not the same as cancelling the order.
    const named = order.items.length > 1 ? itemsNamed(order.items, request.item) : [];
    if (named.length === 1) return { invalid: "remove_item" };
    return { change: { kind: "cancel", refund: order.total } };
  }
  return planItem(order, request, variantsOf);
}

/** Whether the order, re-read after the write, shows exactly the planned change. */
export function changeApplied(order: Order, change: PlannedChange): boolean {
  switch (change.kind) {
    case "cancel":
      return order.status === "cancelled";
    case "address":
      return sameAddress(order.shippingAddress, change.to);
    case "item": {
      const item = order.items.find((candidate) => candidate.id === change.itemId);
      return (
        !!item &&
        item.variant === change.to.variant &&
        item.quantity === change.to.quantity &&
        cents(order.total) === cents(change.totalAfter)
      );
    }
  }
}
