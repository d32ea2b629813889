import type { CueTable } from "./compile";

// Names that mean the same in every language: payment brands, carriers, well-known sale days.
export const common: CueTable = {
  general_qa: [
    "paypal/visa/mastercard/amex/maestro/klarna/afterpay/clearpay/alma/scalapay/twint/bancontact/przelewy24:3.5",
    "apple/google pay:4",
    "applepay/googlepay/gpay:4",
  ],
  // "status" alone is everyone's word; the status of an order is tracking in any language.
  order_tracking: [
    "status/statut/estado ~ order*/purchase*/bestellung*/zamowien*/commande*/pedido*/compra*:3.5",
    "ups/usps/fedex/dhl/dpd/gls/inpost/colissimo/chronopost/hermes/correos/seur/mrw|royal mail:2",
  ],
  discounts: ["blackfriday/cybermonday:3.5"],
};
