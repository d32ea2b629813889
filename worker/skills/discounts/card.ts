import type { Discount } from "../../commerce/types";
import { formatDate, formatMoney } from "../../i18n/format";
import type { DiscountCard, Language } from "../../protocol";
import { discountMessages } from "./messages";

/** "10%", "10 %" or "€5.00", in the shopper's conventions. Fixed amounts are stored in cents, like all store money. */
function value(discount: Discount, language: Language): string {
  if (discount.kind === "percent") {
    return new Intl.NumberFormat(language, { style: "percent" }).format(discount.value / 100);
  }
  return formatMoney({ amount: discount.value / 100, currency: discount.minSubtotal?.currency ?? "EUR" }, language);
}

/** What the code gives, in the shopper's language (the stored description is the merchant's own, in one language). */
export function describeDiscount(discount: Discount, language: Language): string {
  return discountMessages[language].off(value(discount, language));
}

/** The rules of a code the shopper may see: first order, minimum, personal, end date. */
export function discountConditions(discount: Discount, language: Language): string[] {
  const t = discountMessages[language];
  const conditions: string[] = [];
  if (discount.customerId) conditions.push(t.personal);
  if (discount.firstOrderOnly) conditions.push(t.firstOrder);
  if (discount.minSubtotal) conditions.push(t.minSubtotal(formatMoney(discount.minSubtotal, language)));
  if (discount.expiresAt !== undefined) conditions.push(t.until(formatDate(discount.expiresAt, language)));
  return conditions;
}

/**
 * The `data-discount` card (DESIGN §6), only for a code the shopper may see: a public one, or their own. `valid` is
 * the verdict for this shopper, not for the code in general.
 */
export function discountCard(discount: Discount, valid: boolean, language: Language): DiscountCard {
  return {
    code: discount.code,
    description: describeDiscount(discount, language),
    expiresAt: discount.expiresAt !== undefined ? new Date(discount.expiresAt).toISOString() : undefined,
    conditions: discountConditions(discount, language),
    valid,
  };
}
