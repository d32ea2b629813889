import { carrierName } from "../commerce/carriers";
import type { Order } from "../commerce/types";
import { orderStatusLabel } from "../i18n/order-status";
import type { CardAction, Language, OrderCard } from "../protocol";

const TRACK_LABEL: Record<Language, string> = {
  en: "Track parcel",
  fr: "Suivre le colis",
  pl: "Śledź przesyłkę",
  de: "Sendung verfolgen",
  es: "Seguir el envío",
};

/** The `data-order` card (DESIGN §6), built only from an order the backend returned for the signed-in shopper. */
export function orderCard(order: Order, language: Language): OrderCard {
  const shipment = order.shipment;
  const actions: CardAction[] = [];
  if (shipment?.trackingUrl) actions.push({ kind: "track", label: TRACK_LABEL[language], url: shipment.trackingUrl });
  return {
    name: order.name,
    status: order.status,
    statusLabel: orderStatusLabel(order.status, language),
    placedAt: new Date(order.placedAt).toISOString(),
    deliveredAt: shipment?.deliveredAt ? new Date(shipment.deliveredAt).toISOString() : undefined,
    estimatedDeliveryAt: shipment?.estimatedDeliveryAt
      ? new Date(shipment.estimatedDeliveryAt).toISOString()
      : undefined,
    items: order.items.map((item) => ({
      title: item.title,
      quantity: item.quantity,
      price: item.price,
      variant: item.variant,
    })),
    total: order.total,
    tracking:
      shipment?.trackingUrl !== undefined
        ? { carrier: carrierName(shipment.carrier), number: shipment.trackingNumber, url: shipment.trackingUrl }
        : undefined,
    shipTo:
      order.shippingAddress && (order.status === "unfulfilled" || order.status === "in_transit")
        ? `${order.shippingAddress.address1}, ${order.shippingAddress.postalCode} ${order.shippingAddress.city}`
        : undefined,
    actions,
  };
}
