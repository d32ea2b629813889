import type { Language } from "../../protocol";

/** Facts about one order, already formatted for the shopper's language. */
export type OrderFacts = {
  name: string;
  placedOn: string;
  carrier?: string;
  trackingNumber?: string;
  trackingUrl?: string;
  eta?: string;
  deliveredOn?: string;
};

type TrackingMessages = {
  mostRecentOpen: (name: string) => string;
  mostRecent: (name: string) => string;
  unfulfilled: (f: OrderFacts) => string;
  inTransit: (f: OrderFacts) => string;
  delivered: (f: OrderFacts) => string;
  cancelled: (f: OrderFacts) => string;
  eta: (date: string) => string;
  trackLink: (url: string) => string;
  others: (names: string) => string;
  notFound: (name: string) => string;
  yourOrders: (names: string) => string;
  noOrders: string;
};

const en: TrackingMessages = {
  mostRecentOpen: (n) => `Your most recent open order is ${n}.`,
  mostRecent: (n) => `Your most recent order is ${n}.`,
  unfulfilled: (f) =>
    `Order ${f.name}, placed on ${f.placedOn}, is being prepared and has not shipped yet. You'll get a tracking number by email as soon as it leaves our warehouse.`,
  inTransit: (f) => `Order ${f.name} is on its way with ${f.carrier} (tracking number ${f.trackingNumber}).`,
  delivered: (f) =>
    `Order ${f.name} was delivered on ${f.deliveredOn} by ${f.carrier} (tracking number ${f.trackingNumber}).`,
  cancelled: (f) => `Order ${f.name} was cancelled.`,
  eta: (d) => `Estimated delivery: ${d}.`,
  trackLink: (u) => `[Track your parcel](${u})`,
  others: (names) => `You also have ${names} — tell me if you meant another one.`,
  notFound: (n) => `I couldn't find an order ${n} on your account. Please check the number in your confirmation email.`,
  yourOrders: (names) => `The orders I can see on your account are ${names}.`,
  noOrders: "I can't find any orders on your account yet.",
};

const fr: TrackingMessages = {
  mostRecentOpen: (n) => `Votre commande en cours la plus récente est la ${n}.`,
  mostRecent: (n) => `Votre commande la plus récente est la ${n}.`,
  unfulfilled: (f) =>
    `La commande ${f.name}, passée le ${f.placedOn}, est en préparation et n'a pas encore été expédiée. Vous recevrez un numéro de suivi par e-mail dès son départ de notre entrepôt.`,
  inTransit: (f) => `La commande ${f.name} est en route avec ${f.carrier} (numéro de suivi ${f.trackingNumber}).`,
  delivered: (f) =>
    `La commande ${f.name} a été livrée le ${f.deliveredOn} par ${f.carrier} (numéro de suivi ${f.trackingNumber}).`,
  cancelled: (f) => `La commande ${f.name} a été annulée.`,
  eta: (d) => `Livraison estimée : ${d}.`,
  trackLink: (u) => `[Suivre votre colis](${u})`,
  others: (names) => `Vous avez aussi ${names} — dites-moi si vous pensiez à une autre commande.`,
  notFound: (n) =>
    `Je ne trouve pas de commande ${n} sur votre compte. Vérifiez le numéro dans votre e-mail de confirmation.`,
  yourOrders: (names) => `Les commandes que je vois sur votre compte sont ${names}.`,
  noOrders: "Je ne trouve encore aucune commande sur votre compte.",
};

const pl: TrackingMessages = {
  mostRecentOpen: (n) => `Twoje najnowsze niezakończone zamówienie to ${n}.`,
  mostRecent: (n) => `Twoje najnowsze zamówienie to ${n}.`,
  unfulfilled: (f) =>
    `Zamówienie ${f.name} złożone ${f.placedOn} jest w przygotowaniu i nie zostało jeszcze wysłane. Numer przesyłki otrzymasz e-mailem, gdy tylko opuści nasz magazyn.`,
  inTransit: (f) =>
    `Zamówienie ${f.name} jest w drodze — przewoźnik ${f.carrier} (numer przesyłki ${f.trackingNumber}).`,
  delivered: (f) =>
    `Zamówienie ${f.name} zostało dostarczone ${f.deliveredOn} przez ${f.carrier} (numer przesyłki ${f.trackingNumber}).`,
  cancelled: (f) => `Zamówienie ${f.name} zostało anulowane.`,
  eta: (d) => `Przewidywana dostawa: ${d}.`,
  trackLink: (u) => `[Śledź przesyłkę](${u})`,
  others: (names) => `Masz też ${names} — napisz, jeśli chodziło Ci o inne.`,
  notFound: (n) => `Nie znalazłem zamówienia ${n} na Twoim koncie. Sprawdź numer w e-mailu z potwierdzeniem.`,
  yourOrders: (names) => `Zamówienia widoczne na Twoim koncie to ${names}.`,
  noOrders: "Nie widzę jeszcze żadnych zamówień na Twoim koncie.",
};

const de: TrackingMessages = {
  mostRecentOpen: (n) => `Ihre neueste offene Bestellung ist ${n}.`,
  mostRecent: (n) => `Ihre neueste Bestellung ist ${n}.`,
  unfulfilled: (f) =>
    `Die Bestellung ${f.name} vom ${f.placedOn} wird vorbereitet und wurde noch nicht versendet. Sie erhalten eine Sendungsnummer per E-Mail, sobald sie unser Lager verlässt.`,
  inTransit: (f) => `Die Bestellung ${f.name} ist mit ${f.carrier} unterwegs (Sendungsnummer ${f.trackingNumber}).`,
  delivered: (f) =>
    `Die Bestellung ${f.name} wurde am ${f.deliveredOn} von ${f.carrier} zugestellt (Sendungsnummer ${f.trackingNumber}).`,
  cancelled: (f) => `Die Bestellung ${f.name} wurde storniert.`,
  eta: (d) => `Voraussichtliche Zustellung: ${d}.`,
  trackLink: (u) => `[Sendung verfolgen](${u})`,
  others: (names) => `Sie haben außerdem ${names} – sagen Sie mir, falls Sie eine andere meinten.`,
  notFound: (n) =>
    `Ich finde keine Bestellung ${n} in Ihrem Konto. Bitte prüfen Sie die Nummer in Ihrer Bestätigungs-E-Mail.`,
  yourOrders: (names) => `In Ihrem Konto sehe ich die Bestellungen ${names}.`,
  noOrders: "Ich finde noch keine Bestellungen in Ihrem Konto.",
};

const es: TrackingMessages = {
  mostRecentOpen: (n) => `Tu pedido abierto más reciente es el ${n}.`,
  mostRecent: (n) => `Tu pedido más reciente es el ${n}.`,
  unfulfilled: (f) =>
    `El pedido ${f.name}, realizado el ${f.placedOn}, se está preparando y aún no se ha enviado. Recibirás un número de seguimiento por correo en cuanto salga de nuestro almacén.`,
  inTransit: (f) => `El pedido ${f.name} está en camino con ${f.carrier} (número de seguimiento ${f.trackingNumber}).`,
  delivered: (f) =>
    `El pedido ${f.name} se entregó el ${f.deliveredOn} con ${f.carrier} (número de seguimiento ${f.trackingNumber}).`,
  cancelled: (f) => `El pedido ${f.name} fue cancelado.`,
  eta: (d) => `Entrega estimada: ${d}.`,
  trackLink: (u) => `[Seguir tu envío](${u})`,
  others: (names) => `También tienes ${names}; dime si te referías a otro.`,
  notFound: (n) => `No encuentro ningún pedido ${n} en tu cuenta. Comprueba el número en tu correo de confirmación.`,
  yourOrders: (names) => `Los pedidos que veo en tu cuenta son ${names}.`,
  noOrders: "Todavía no encuentro pedidos en tu cuenta.",
};

export const trackingMessages: Record<Language, TrackingMessages> = { en, fr, pl, de, es };
