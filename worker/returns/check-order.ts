import type { CommerceBackend, Order } from "../commerce/types";
import { checkEligibility } from "./eligibility";
import type { ItemCondition, ReturnPolicy } from "./policy";
import { returnedQuantities } from "./store";
import type { EligibilityVerdict, OrderFacts } from "./verdict";

/** The engine's view of a commerce order; categories come from the catalogue when the policy excludes some. */
export function orderFacts(order: Order, categories: ReadonlyMap<string, string> = new Map()): OrderFacts {
  return {
    name: order.name,
    status: order.status,
    placedAt: order.placedAt,
    deliveredAt: order.shipment?.deliveredAt,
    shippingCountry: order.shippingCountry,
    items: order.items.map((item) => ({
      id: item.id,
      title: item.title,
      quantity: item.quantity,
      productId: item.productId,
      category: item.productId ? categories.get(item.productId) : undefined,
      finalSale: item.finalSale,
      giftCard: item.giftCard,
    })),
  };
}

/**
 * Gathers the facts for one order the caller has already checked belongs to the shopper — quantities already
 * returned, product categories when the policy needs them — and runs the engine.
 */
export async function checkOrder(
  deps: { db: D1Database; commerce: CommerceBackend; policy: ReturnPolicy; now?: number },
  order: Order,
  condition?: ItemCondition,
): Promise<EligibilityVerdict> {
  const [returned, categories] = await Promise.all([
    returnedQuantities(deps.db, order.id),
    deps.policy.nonReturnableCategories.length
      ? deps.commerce.listProducts().then((products) => new Map(products.map((p) => [p.id, p.category])))
      : Promise.resolve(new Map<string, string>()),
  ]);
  return checkEligibility({
    order: orderFacts(order, categories),
    policy: deps.policy,
    now: deps.now ?? Date.now(),
    returned,
    condition,
  });
}
