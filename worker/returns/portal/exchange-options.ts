import type { CommerceBackend, Order } from "../../commerce/types";

/** For each order line, the other sizes/colours of its product a shopper can exchange it for. */
export type ExchangeOptions = Readonly<Record<string, string[]>>;

/**
 * Other variants of each line's product, only for products still on sale (the demo catalogue has no per-variant
 * stock; a backend with one filters here). A line with no alternative offers no exchange.
 */
export async function exchangeOptions(commerce: CommerceBackend, order: Order): Promise<ExchangeOptions> {
  const products = new Map((await commerce.listProducts()).map((p) => [p.id, p]));
  const options: Record<string, string[]> = {};
  for (const item of order.items) {
    const product = item.productId ? products.get(item.productId) : undefined;
    if (!product?.available) continue;
    const others = product.variants.filter((v) => v !== item.variant);
    if (others.length) options[item.id] = others;
  }
  return options;
}
