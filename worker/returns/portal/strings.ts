import type { Language } from "../../protocol";
import type { ItemReason } from "../verdict";
import { de, es } from "./strings-de-es";
import { fr, pl } from "./strings-fr-pl";

/** Every text of the built-in returns portal. Reasons are the merchant's codes, labelled here per language. */
export type PortalStrings = {
  title: string;
  lookupHeading: string;
  lookupIntro: string;
  referenceLabel: string;
  referenceHint: string;
  proofLabel: string;
  proofHint: string;
  find: string;
  notFound: string;
  tooMany: string;
  linkExpired: string;
  orderHeading: (name: string) => string;
  deadline: (date: string) => string;
  chooseItems: string;
  quantity: string;
  reason: string;
  chooseReason: string;
  /** Label of the size/colour wanted instead (used when the refund option is an exchange). */
  exchangeFor: string;
  /** "→ L" after an item being exchanged. */
  exchangedFor: (variant: string) => string;
  reasons: Record<string, string>;
  notReturnable: Record<Exclude<ItemReason, "returnable">, string>;
  refundHeading: string;
  refunds: Record<"original_payment" | "exchange" | "store_credit", string>;
  methodHeading: string;
  methods: Record<"drop_off" | "home_pickup", string>;
  free: string;
  freeBecauseDefective: string;
  continue: string;
  selectionProblem: string;
  nothingReturnable: string;
  reviewHeading: string;
  change: string;
  confirm: string;
  doneHeading: string;
  rma: string;
  instructions: Record<"drop_off" | "home_pickup", string>;
  emailSent: (email: string) => string;
  emailNotSent: string;
  refundTiming: (days: number) => string;
  emailSubject: (rma: string, order: string) => string;
  emailGreeting: string;
  qrAlt: (rma: string) => string;
  total: string;
};

const en: PortalStrings = {
  title: "Returns & exchanges",
  lookupHeading: "Start a return",
  referenceLabel: "Order number or tracking number",
  referenceHint: "For example #1001, or the tracking number from your shipping email.",
  proofLabel: "Email address or delivery postal code",
  proofHint: "With a tracking number, use the delivery postal code.",
  lookupIntro: "Find your order with the details from your order confirmation.",
  find: "Find my order",
  notFound: "We couldn't find an order with those details. Please check them and try again.",
  tooMany: "Too many attempts. Please wait a few minutes and try again.",
  linkExpired: "This link has expired. Find your order below instead.",
  orderHeading: (name) => `Order ${name}`,
  deadline: (date) => `Return by ${date}`,
  chooseItems: "What would you like to return?",
  quantity: "Quantity",
  reason: "Reason",
  chooseReason: "Choose a reason",
  exchangeFor: "Exchange for (if exchanging)",
  exchangedFor: (variant) => `for ${variant}`,
  reasons: {
    too_small: "Too small",
    too_large: "Too large",
    not_as_expected: "Not as expected",
    changed_mind: "Changed my mind",
    defective: "Damaged or defective",
    wrong_item: "Wrong item received",
  },
  notReturnable: {
    final_sale: "Final sale: can't be returned",
    gift_card: "Gift cards can't be returned",
    excluded_product: "This product can't be returned",
    excluded_category: "Products of this kind can't be returned",
    already_returned: "Already returned",
    cancelled: "The order was cancelled",
    not_shipped: "Not shipped yet: the order can still be cancelled instead",
    not_delivered: "Not delivered yet",
    blocked_country: "We can't accept returns from this country",
    window_expired: "The return window has ended",
  },
  refundHeading: "How would you like your refund?",
  refunds: {
    original_payment: "Refund to my original payment method",
    exchange: "Exchange for another size or colour",
    store_credit: "Store credit",
  },
  methodHeading: "How will you send it back?",
  methods: { drop_off: "Drop-off point", home_pickup: "Home pickup" },
  free: "Free",
  freeBecauseDefective: "Free, because the item is damaged or wrong",
  continue: "Continue",
  selectionProblem: "Choose at least one item, with a reason for each, a refund option and a return method.",
  nothingReturnable: "Nothing in this order can be returned.",
  reviewHeading: "Check your return",
  change: "Change",
  confirm: "Confirm return",
  doneHeading: "Your return is booked",
  rma: "Return number",
  instructions: {
    drop_off: "Pack the items and show this QR code at any drop-off point within 14 days. No printing needed.",
    home_pickup: "Pack the items; a courier will collect the parcel and scan this QR code.",
  },
  emailSent: (email) => `We've emailed these instructions to ${email}.`,
  emailNotSent: "We couldn't send the confirmation email; please keep this page or note your return number.",
  refundTiming: (days) => `Your refund is issued within ${days} business days of the parcel reaching us.`,
  emailSubject: (rma, order) => `Your return ${rma} for order ${order}`,
  emailGreeting: "Thank you — your return is booked.",
  qrAlt: (rma) => `QR code for return ${rma}`,
  total: "Return shipping",
};

export const portalStrings: Record<Language, PortalStrings> = { en, fr, pl, de, es };
