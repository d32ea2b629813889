import type { OrderStatus } from "../commerce/types";
import type { Language } from "../protocol";

const LABELS: Record<Language, Record<OrderStatus, string>> = {
  en: {
    unfulfilled: "Being prepared",
    in_transit: "In transit",
    out_for_delivery: "Out for delivery",
    delivered: "Delivered",
    cancelled: "Cancelled",
  },
  fr: {
    unfulfilled: "En préparation",
    in_transit: "En cours de livraison",
    out_for_delivery: "En cours de distribution",
    delivered: "Livrée",
    cancelled: "Annulée",
  },
  pl: {
    unfulfilled: "W przygotowaniu",
    in_transit: "W drodze",
    out_for_delivery: "W doręczeniu",
    delivered: "Dostarczone",
    cancelled: "Anulowane",
  },
  de: {
    unfulfilled: "In Vorbereitung",
    in_transit: "Unterwegs",
    out_for_delivery: "In Zustellung",
    delivered: "Zugestellt",
    cancelled: "Storniert",
  },
  es: {
    unfulfilled: "En preparación",
    in_transit: "En camino",
    out_for_delivery: "En reparto",
    delivered: "Entregado",
    cancelled: "Cancelado",
  },
};

export function orderStatusLabel(status: OrderStatus, language: Language): string {
  return LABELS[language][status];
}
