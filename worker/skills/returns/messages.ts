import type { Language } from "../../protocol";
import type { RefundMethod, ReturnMethodKind } from "../../returns/policy";
import type { ItemReason } from "../../returns/verdict";
import { de, es } from "./messages-de-es";

/** Everything the returns skill says, per language. Dates and prices arrive formatted; order names as `#1001`. */
export type ReturnsMessages = {
  eligible: (order: string, deadline: string) => string;
  partial: (order: string, items: string, deadline: string) => string;
  itemRefused: (title: string, why: string) => string;
  /** Why one item cannot be returned: a clause that also serves as the card's reason (capitalised there). */
  itemWhy: Record<ItemReason, string>;
  windowExpired: (order: string, ended: string, days: number) => string;
  blockedCountry: (order: string, country: string) => string;
  notShipped: (order: string) => string;
  notDelivered: (order: string, days: number) => string;
  cancelled: (order: string) => string;
  nothingReturnable: (order: string) => string;
  methods: (list: string) => string;
  freeMethods: string;
  refunds: (list: string) => string;
  start: (url: string) => string;
  portalDown: string;
  cannotStart: string;
  offerPerson: string;
  picked: (order: string) => string;
  signIn: string;
  signInStatus: string;
  methodLabel: Record<ReturnMethodKind, string>;
  methodPhrase: Record<ReturnMethodKind, (price: string) => string>;
  refundLabel: Record<RefundMethod, string>;
  refundPhrase: Record<RefundMethod, string>;
  status: {
    requested: (rma: string, order: string, items: string, on: string) => string;
    approved: (rma: string, order: string, items: string, on: string) => string;
    received: (rma: string, order: string, items: string, on: string) => string;
    refunded: (rma: string, order: string, items: string, on: string) => string;
    rejected: (rma: string, order: string, items: string, on: string) => string;
  };
  expectedRefund: (date: string, method: string) => string;
  noReturns: (days: number) => string;
  otherReturns: (list: string) => string;
  disputeHandedOff: (order: string) => string;
  disputeNoOrder: string;
};

const en: ReturnsMessages = {
  eligible: (o, d) => `Good news: order ${o} can be returned until ${d}.`,
  partial: (o, i, d) => `In order ${o}, you can return ${i} until ${d}.`,
  itemRefused: (t, w) => `${t} can't be returned: ${w}.`,
  itemWhy: {
    returnable: "it can be returned",
    final_sale: "final-sale items are not returnable",
    gift_card: "gift cards are not returnable",
    excluded_product: "this product is not returnable",
    excluded_category: "items of this kind are not returnable",
    already_returned: "it has already been returned",
    window_expired: "the return window has ended",
    blocked_country: "returns are not accepted from the delivery country",
    not_shipped: "the order has not shipped yet",
    not_delivered: "the order has not been delivered yet",
    cancelled: "the order was cancelled",
  },
  windowExpired: (o, d, n) => `Order ${o} can no longer be returned: the ${n}-day return window ended on ${d}.`,
  blockedCountry: (o, c) =>
    `Order ${o} can't be returned: it was delivered to ${c}, and we don't accept returns from there.`,
  notShipped: (o) =>
    `Order ${o} hasn't shipped yet, so there is nothing to return — but you can still cancel it instead. Just ask me to cancel it.`,
  notDelivered: (o, n) =>
    `Order ${o} is still on its way, so there is nothing to return yet. Once it's delivered, you'll have ${n} days to return it.`,
  cancelled: (o) => `Order ${o} was cancelled, so there is nothing to return.`,
  nothingReturnable: (o) => `Nothing in order ${o} can be returned.`,
  methods: (l) => `Return shipping: ${l}.`,
  freeMethods: "Return shipping is free because the item is defective or not what you ordered.",
  refunds: (l) => `You can choose ${l}.`,
  start: (u) => `[Start a return or an exchange](${u})`,
  portalDown: "I couldn't open the returns portal just now — please try again in a few minutes.",
  cannotStart: "I can't start the return from this chat yet.",
  offerPerson: "If you think this is wrong, tell me and I'll pass it to a person from our team.",
  picked: (o) => `Your most recent delivered order is ${o}.`,
  signIn: "Sign in and I can check whether your order can be returned.",
  signInStatus: "Sign in and I can check where your return and refund are.",
  methodLabel: { drop_off: "Drop-off point", home_pickup: "Home pickup" },
  methodPhrase: { drop_off: (p) => `${p} at a drop-off point`, home_pickup: (p) => `${p} with home pickup` },
  refundLabel: {
    original_payment: "Refund to your original payment method",
    exchange: "Exchange for another size or colour",
    store_credit: "Store credit",
  },
  refundPhrase: {
    original_payment: "a refund to your original payment method",
    exchange: "an exchange",
    store_credit: "store credit",
  },
  status: {
    requested: (r, o, i, d) =>
      `Your return ${r} for order ${o} (${i}) was requested on ${d} and is waiting for approval.`,
    approved: (r, o, i, d) =>
      `Your return ${r} for order ${o} (${i}) was approved on ${d}. Send the parcel with the label from your confirmation email.`,
    received: (r, o, i, d) => `We received your return ${r} for order ${o} (${i}) on ${d}.`,
    refunded: (r, o, i, d) => `Your return ${r} for order ${o} (${i}) was refunded on ${d}.`,
    rejected: (r, o, i, d) =>
      `Your return ${r} for order ${o} (${i}) was not accepted (${d}). Tell me if you'd like a person from our team to look at it.`,
  },
  expectedRefund: (d, m) => `Your refund (${m}) is expected by ${d}.`,
  noReturns: (n) =>
    `I don't see any return on your account yet. Once we receive a return, the refund follows within ${n} business days.`,
  otherReturns: (l) => `You also have ${l}.`,
  disputeHandedOff: (o) =>
    `I understand. I've passed order ${o}, my answer and what you told me to our team so a person can review it.`,
  disputeNoOrder: "I understand. I've passed this to our team so a person can review it.",
};

const fr: ReturnsMessages = {
  eligible: (o, d) => `Bonne nouvelle : la commande ${o} peut être retournée jusqu'au ${d}.`,
  partial: (o, i, d) => `Dans la commande ${o}, vous pouvez retourner ${i} jusqu'au ${d}.`,
  itemRefused: (t, w) => `${t} ne peut pas être retourné : ${w}.`,
  itemWhy: {
    returnable: "il peut être retourné",
    final_sale: "les articles en vente finale ne sont pas retournables",
    gift_card: "les cartes cadeaux ne sont pas retournables",
    excluded_product: "ce produit n'est pas retournable",
    excluded_category: "ce type d'article n'est pas retournable",
    already_returned: "il a déjà été retourné",
    window_expired: "le délai de retour est dépassé",
    blocked_country: "les retours ne sont pas acceptés depuis le pays de livraison",
    not_shipped: "la commande n'a pas encore été expédiée",
    not_delivered: "la commande n'a pas encore été livrée",
    cancelled: "la commande a été annulée",
  },
  windowExpired: (o, d, n) =>
    `La commande ${o} ne peut plus être retournée : le délai de retour de ${n} jours a pris fin le ${d}.`,
  blockedCountry: (o, c) =>
    `La commande ${o} ne peut pas être retournée : elle a été livrée dans ce pays (${c}), d'où nous n'acceptons pas de retours.`,
  notShipped: (o) =>
    `La commande ${o} n'a pas encore été expédiée, il n'y a donc rien à retourner — mais vous pouvez encore l'annuler. Demandez-moi simplement de l'annuler.`,
  notDelivered: (o, n) =>
    `La commande ${o} est encore en route, il n'y a donc rien à retourner pour l'instant. Une fois livrée, vous aurez ${n} jours pour la retourner.`,
  cancelled: (o) => `La commande ${o} a été annulée, il n'y a donc rien à retourner.`,
  nothingReturnable: (o) => `Aucun article de la commande ${o} ne peut être retourné.`,
  methods: (l) => `Frais de retour : ${l}.`,
  freeMethods: "Le retour est gratuit car l'article est défectueux ou ne correspond pas à votre commande.",
  refunds: (l) => `Vous pouvez choisir ${l}.`,
  start: (u) => `[Commencer un retour ou un échange](${u})`,
  portalDown: "Je n'ai pas pu ouvrir le portail de retours pour le moment — réessayez dans quelques minutes.",
  cannotStart: "Je ne peux pas encore lancer le retour depuis ce chat.",
  offerPerson: "Si vous pensez que c'est une erreur, dites-le-moi et je transmettrai à une personne de notre équipe.",
  picked: (o) => `Votre dernière commande livrée est la ${o}.`,
  signIn: "Connectez-vous et je vérifierai si votre commande peut être retournée.",
  signInStatus: "Connectez-vous et je vérifierai où en sont votre retour et votre remboursement.",
  methodLabel: { drop_off: "Point relais", home_pickup: "Enlèvement à domicile" },
  methodPhrase: { drop_off: (p) => `${p} en point relais`, home_pickup: (p) => `${p} avec enlèvement à domicile` },
  refundLabel: {
    original_payment: "Remboursement sur votre moyen de paiement d'origine",
    exchange: "Échange contre une autre taille ou couleur",
    store_credit: "Avoir",
  },
  refundPhrase: {
    original_payment: "un remboursement sur votre moyen de paiement d'origine",
    exchange: "un échange",
    store_credit: "un avoir",
  },
  status: {
    requested: (r, o, i, d) =>
      `Votre retour ${r} pour la commande ${o} (${i}) a été demandé le ${d} et attend d'être validé.`,
    approved: (r, o, i, d) =>
      `Votre retour ${r} pour la commande ${o} (${i}) a été validé le ${d}. Envoyez le colis avec l'étiquette de votre e-mail de confirmation.`,
    received: (r, o, i, d) => `Nous avons reçu votre retour ${r} pour la commande ${o} (${i}) le ${d}.`,
    refunded: (r, o, i, d) => `Votre retour ${r} pour la commande ${o} (${i}) a été remboursé le ${d}.`,
    rejected: (r, o, i, d) =>
      `Votre retour ${r} pour la commande ${o} (${i}) n'a pas été accepté (${d}). Dites-moi si vous souhaitez qu'une personne de notre équipe l'examine.`,
  },
  expectedRefund: (d, m) => `Votre remboursement (${m}) est prévu au plus tard le ${d}.`,
  noReturns: (n) =>
    `Je ne vois encore aucun retour sur votre compte. Une fois votre retour reçu, le remboursement suit sous ${n} jours ouvrés.`,
  otherReturns: (l) => `Vous avez aussi ${l}.`,
  disputeHandedOff: (o) =>
    `Je comprends. J'ai transmis la commande ${o}, ma réponse et ce que vous m'avez dit à notre équipe pour qu'une personne l'examine.`,
  disputeNoOrder: "Je comprends. J'ai transmis votre demande à notre équipe pour qu'une personne l'examine.",
};

const pl: ReturnsMessages = {
  eligible: (o, d) => `Dobra wiadomość: zamówienie ${o} możesz zwrócić do ${d}.`,
  partial: (o, i, d) => `Z zamówienia ${o} możesz zwrócić: ${i} — do ${d}.`,
  itemRefused: (t, w) => `${t} — nie można zwrócić: ${w}.`,
  itemWhy: {
    returnable: "można zwrócić",
    final_sale: "produkty z wyprzedaży końcowej nie podlegają zwrotowi",
    gift_card: "karty podarunkowe nie podlegają zwrotowi",
    excluded_product: "ten produkt nie podlega zwrotowi",
    excluded_category: "produkty tego rodzaju nie podlegają zwrotowi",
    already_returned: "został już zwrócony",
    window_expired: "termin zwrotu minął",
    blocked_country: "nie przyjmujemy zwrotów z kraju dostawy",
    not_shipped: "zamówienie nie zostało jeszcze wysłane",
    not_delivered: "zamówienie nie zostało jeszcze dostarczone",
    cancelled: "zamówienie zostało anulowane",
  },
  windowExpired: (o, d, n) => `Zamówienia ${o} nie można już zwrócić: ${n}-dniowy termin zwrotu minął ${d}.`,
  blockedCountry: (o, c) =>
    `Zamówienia ${o} nie można zwrócić: zostało dostarczone do kraju, z którego nie przyjmujemy zwrotów (${c}).`,
  notShipped: (o) =>
    `Zamówienie ${o} nie zostało jeszcze wysłane, więc nie ma czego zwracać — ale nadal możesz je anulować. Napisz, że chcesz je anulować.`,
  notDelivered: (o, n) =>
    `Zamówienie ${o} jest jeszcze w drodze, więc na razie nie ma czego zwracać. Po dostawie będziesz mieć ${n} dni na zwrot.`,
  cancelled: (o) => `Zamówienie ${o} zostało anulowane, więc nie ma czego zwracać.`,
  nothingReturnable: (o) => `Żadnego produktu z zamówienia ${o} nie można zwrócić.`,
  methods: (l) => `Koszt odesłania: ${l}.`,
  freeMethods: "Odesłanie jest bezpłatne, bo produkt jest wadliwy lub niezgodny z zamówieniem.",
  refunds: (l) => `Do wyboru: ${l}.`,
  start: (u) => `[Rozpocznij zwrot lub wymianę](${u})`,
  portalDown: "Nie udało mi się teraz otworzyć portalu zwrotów — spróbuj ponownie za kilka minut.",
  cannotStart: "Nie mogę jeszcze rozpocząć zwrotu z tego czatu.",
  offerPerson: "Jeśli uważasz, że to błąd, napisz — przekażę sprawę komuś z naszego zespołu.",
  picked: (o) => `Twoje ostatnie dostarczone zamówienie to ${o}.`,
  signIn: "Zaloguj się, a sprawdzę, czy Twoje zamówienie można zwrócić.",
  signInStatus: "Zaloguj się, a sprawdzę, na jakim etapie jest Twój zwrot i zwrot pieniędzy.",
  methodLabel: { drop_off: "Punkt nadania", home_pickup: "Odbiór z domu" },
  methodPhrase: { drop_off: (p) => `${p} w punkcie nadania`, home_pickup: (p) => `${p} z odbiorem z domu` },
  refundLabel: {
    original_payment: "Zwrot na pierwotną metodę płatności",
    exchange: "Wymiana na inny rozmiar lub kolor",
    store_credit: "Środki na koncie w sklepie",
  },
  refundPhrase: {
    original_payment: "zwrot na pierwotną metodę płatności",
    exchange: "wymiana",
    store_credit: "środki na koncie w sklepie",
  },
  status: {
    requested: (r, o, i, d) => `Twój zwrot ${r} do zamówienia ${o} (${i}) zgłoszono ${d} i czeka na akceptację.`,
    approved: (r, o, i, d) =>
      `Twój zwrot ${r} do zamówienia ${o} (${i}) zaakceptowano ${d}. Nadaj paczkę z etykietą z e-maila z potwierdzeniem.`,
    received: (r, o, i, d) => `Otrzymaliśmy Twój zwrot ${r} do zamówienia ${o} (${i}) ${d}.`,
    refunded: (r, o, i, d) => `Pieniądze za zwrot ${r} do zamówienia ${o} (${i}) zwróciliśmy ${d}.`,
    rejected: (r, o, i, d) =>
      `Twój zwrot ${r} do zamówienia ${o} (${i}) nie został przyjęty (${d}). Napisz, jeśli chcesz, żeby ktoś z naszego zespołu się temu przyjrzał.`,
  },
  expectedRefund: (d, m) => `Zwrot pieniędzy (${m}) przewidujemy najpóźniej ${d}.`,
  noReturns: (n) =>
    `Nie widzę jeszcze żadnego zwrotu na Twoim koncie. Po otrzymaniu zwrotu oddajemy pieniądze w ciągu ${n} dni roboczych.`,
  otherReturns: (l) => `Masz też: ${l}.`,
  disputeHandedOff: (o) =>
    `Rozumiem. Przekazałem zamówienie ${o}, moją odpowiedź i Twoje uwagi naszemu zespołowi — ktoś to sprawdzi.`,
  disputeNoOrder: "Rozumiem. Przekazałem sprawę naszemu zespołowi — ktoś to sprawdzi.",
};

export const returnsMessages: Record<Language, ReturnsMessages> = { en, fr, pl, de, es };
