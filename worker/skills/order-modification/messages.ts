import type { Language } from "../../protocol";
import { de, es } from "./messages-de-es";

/** Everything the embedded model says for this skill; values arrive already formatted for the language. */
export type ModificationMessages = {
  whatToChange: (order: string) => string;
  askAddress: (order: string, current?: string) => string;
  askItem: (order: string, items: string, example: string) => string;
  askItemChange: (item: string, options: string, quantity: number, example: string) => string;
  /** Examples of a complete request, so the shopper's answer works on its own. */
  exampleQuantity: (item: string, quantity: number) => string;
  exampleVariant: (item: string, variant: string) => string;
  sameAddress: (order: string) => string;
  addressCountry: (order: string) => string;
  unchanged: (item: string) => string;
  quantityRange: (min: number, max: number, order: string) => string;
  removeItem: (order: string) => string;
  /** The policy itself, said with every refusal. */
  policy: string;
  shipped: (order: string) => string;
  delivered: (order: string, on?: string) => string;
  windowPassed: (order: string) => string;
  alreadyCancelled: (order: string) => string;
  offerReturn: string;
  offerPerson: string;
  proposeCancel: (order: string, items: string, total: string) => string;
  proposeAddress: (order: string, to: string, from?: string) => string;
  proposeItem: (order: string, item: string, from: string, to: string) => string;
  newTotal: (before: string, after: string) => string;
  refund: (amount: string) => string;
  charge: (amount: string) => string;
  samePrice: string;
  confirm: string;
  doneCancel: (order: string, refund: string) => string;
  doneAddress: (order: string, to: string) => string;
  doneItem: (order: string, item: string, total: string) => string;
  declined: (order: string) => string;
  failed: (order: string) => string;
  handedOff: (order: string) => string;
  handoffDeclined: string;
  nothingToConfirm: string;
};

const en: ModificationMessages = {
  whatToChange: (o) =>
    `What would you like to change on ${o}? I can cancel it, change the delivery address, or change an item's size or quantity.`,
  askAddress: (o, c) =>
    `What's the new delivery address for ${o}?${c ? ` It's going to ${c} now.` : ""} Please write the street and number, postcode and city, e.g. "8 rue de Charonne, 75011 Paris".`,
  askItem: (o, items, e) => `Which item of ${o} should I change: ${items}? Name it with the change, e.g. "${e}".`,
  askItemChange: (i, opts, q, e) =>
    `What should change on ${i}: the option (${opts}) or the quantity (${q} now)? For example "${e}".`,
  exampleQuantity: (i, q) => `change the quantity of ${i} to ${q}`,
  exampleVariant: (i, v) => `change ${i} to ${v}`,
  sameAddress: (o) => `${o} is already going to that address, so there's nothing to change.`,
  addressCountry: (o) =>
    `The new address has to be in the same country as ${o}'s delivery address. For another country, a person from our team can help.`,
  unchanged: (i) => `That's already what you have: ${i}. Nothing to change.`,
  quantityRange: (min, max, o) =>
    `I can set a quantity from ${min} to ${max}. To drop everything, I can cancel ${o} instead.`,
  removeItem: (o) =>
    `I can't remove a single item here, but I can change its quantity or cancel the whole of ${o}. A person from our team can also help.`,
  policy: "Orders can be changed or cancelled within 2 hours of being placed and before they ship.",
  shipped: (o) => `${o} has already shipped, so I can't change or cancel it any more.`,
  delivered: (o, on) => `${o} was already delivered${on ? ` on ${on}` : ""}, so it can't be changed or cancelled.`,
  windowPassed: (o) => `${o} was placed more than 2 hours ago, so I can't change it from the chat any more.`,
  alreadyCancelled: (o) => `${o} is already cancelled — there's nothing left to change.`,
  offerReturn: "You can return it instead within 30 days of delivery: just ask me to start a return.",
  offerPerson: "Would you like me to bring in a person from our team? Reply yes and they'll follow up here.",
  proposeCancel: (o, items, t) => `Cancel ${o} (${items}, ${t}):`,
  proposeAddress: (o, to, from) => `Change the delivery address of ${o}${from ? ` from ${from}` : ""} to ${to}.`,
  proposeItem: (o, i, from, to) => `Change ${i} on ${o} from ${from} to ${to}.`,
  newTotal: (b, a) => `The order total goes from ${b} to ${a}:`,
  refund: (a) => `you'll be refunded ${a} to your original payment method.`,
  charge: (a) => `the difference of ${a} will be charged to your original payment method.`,
  samePrice: "the price stays the same.",
  confirm: "Reply yes to confirm, or no to keep it as it is.",
  doneCancel: (o, r) => `Done — ${o} is cancelled. ${r} will be refunded to your original payment method.`,
  doneAddress: (o, to) => `Done — ${o} will now be delivered to ${to}.`,
  doneItem: (o, i, t) => `Done — ${o} now has ${i}. The new total is ${t}.`,
  declined: (o) => `All right, I haven't changed anything: ${o} stays as it is.`,
  failed: (o) =>
    `Something went wrong: I couldn't confirm the change to ${o}, so please don't rely on it. I've asked a person from our team to check and follow up here.`,
  handedOff: (o) => `I've passed your request about ${o} to our team — a person will follow up here.`,
  handoffDeclined: "All right. Is there anything else I can help with?",
  nothingToConfirm: "There's no change waiting for your confirmation. What would you like to change on your order?",
};

const fr: ModificationMessages = {
  whatToChange: (o) =>
    `Que souhaitez-vous modifier sur la commande ${o} ? Je peux l'annuler, changer l'adresse de livraison, ou la taille ou la quantité d'un article.`,
  askAddress: (o, c) =>
    `Quelle est la nouvelle adresse de livraison pour la commande ${o} ?${c ? ` Elle est actuellement envoyée au ${c}.` : ""} Indiquez le numéro et la rue, le code postal et la ville, par exemple « 8 rue de Charonne, 75011 Paris ».`,
  askItem: (o, items, e) =>
    `Quel article de la commande ${o} faut-il modifier : ${items} ? Indiquez-le avec la modification, par exemple « ${e} ».`,
  askItemChange: (i, opts, q, e) =>
    `Que faut-il changer pour ${i} : l'option (${opts}) ou la quantité (${q} actuellement) ? Par exemple « ${e} ».`,
  exampleQuantity: (i, q) => `changer la quantité de ${i} à ${q}`,
  exampleVariant: (i, v) => `changer ${i} en ${v}`,
  sameAddress: (o) => `La commande ${o} part déjà à cette adresse : il n'y a rien à changer.`,
  addressCountry: (o) =>
    `La nouvelle adresse doit être dans le même pays que l'adresse de livraison de la commande ${o}. Pour un autre pays, une personne de notre équipe peut vous aider.`,
  unchanged: (i) => `C'est déjà ce que vous avez : ${i}. Rien à changer.`,
  quantityRange: (min, max, o) =>
    `Je peux indiquer une quantité de ${min} à ${max}. Pour tout retirer, je peux plutôt annuler la commande ${o}.`,
  removeItem: (o) =>
    `Je ne peux pas retirer un seul article ici, mais je peux changer sa quantité ou annuler toute la commande ${o}. Une personne de notre équipe peut aussi vous aider.`,
  policy:
    "Une commande peut être modifiée ou annulée dans les 2 heures qui suivent sa validation et avant son expédition.",
  shipped: (o) => `La commande ${o} a déjà été expédiée : je ne peux plus la modifier ni l'annuler.`,
  delivered: (o, on) =>
    `La commande ${o} a déjà été livrée${on ? ` le ${on}` : ""} : elle ne peut plus être modifiée ni annulée.`,
  windowPassed: (o) =>
    `La commande ${o} a été passée il y a plus de 2 heures : je ne peux plus la modifier depuis le chat.`,
  alreadyCancelled: (o) => `La commande ${o} est déjà annulée — il n'y a plus rien à modifier.`,
  offerReturn:
    "Vous pouvez plutôt la retourner dans les 30 jours suivant la livraison : demandez-moi simplement un retour.",
  offerPerson:
    "Voulez-vous que je fasse appel à une personne de notre équipe ? Répondez oui et elle vous répondra ici.",
  proposeCancel: (o, items, t) => `Annuler la commande ${o} (${items}, ${t}) :`,
  proposeAddress: (o, to, from) =>
    `Changer l'adresse de livraison de la commande ${o}${from ? ` (${from})` : ""} pour ${to}.`,
  proposeItem: (o, i, from, to) => `Modifier ${i} dans la commande ${o} : ${to} au lieu de ${from}.`,
  newTotal: (b, a) => `Le total de la commande passe de ${b} à ${a} :`,
  refund: (a) => `vous serez remboursé(e) de ${a} sur votre moyen de paiement d'origine.`,
  charge: (a) => `la différence de ${a} sera débitée sur votre moyen de paiement d'origine.`,
  samePrice: "le prix ne change pas.",
  confirm: "Répondez oui pour confirmer, ou non pour ne rien changer.",
  doneCancel: (o, r) =>
    `C'est fait — la commande ${o} est annulée. ${r} vous seront remboursés sur votre moyen de paiement d'origine.`,
  doneAddress: (o, to) => `C'est fait — la commande ${o} sera livrée au ${to}.`,
  doneItem: (o, i, t) => `C'est fait — la commande ${o} contient maintenant ${i}. Le nouveau total est de ${t}.`,
  declined: (o) => `Très bien, je n'ai rien modifié : la commande ${o} reste telle quelle.`,
  failed: (o) =>
    `Un problème est survenu : je n'ai pas pu confirmer la modification de la commande ${o}, ne vous y fiez donc pas. J'ai demandé à une personne de notre équipe de vérifier et de vous répondre ici.`,
  handedOff: (o) =>
    `J'ai transmis votre demande concernant la commande ${o} à notre équipe — une personne vous répondra ici.`,
  handoffDeclined: "Très bien. Puis-je vous aider pour autre chose ?",
  nothingToConfirm: "Aucune modification n'attend votre confirmation. Que souhaitez-vous changer sur votre commande ?",
};

const pl: ModificationMessages = {
  whatToChange: (o) =>
    `Co chcesz zmienić w zamówieniu ${o}? Mogę je anulować, zmienić adres dostawy albo rozmiar lub ilość produktu.`,
  askAddress: (o, c) =>
    `Jaki jest nowy adres dostawy zamówienia ${o}?${c ? ` Obecnie to ${c}.` : ""} Podaj ulicę z numerem, kod pocztowy i miasto, np. „ul. Długa 5, 00-238 Warszawa”.`,
  askItem: (o, items, e) => `Który produkt z zamówienia ${o} zmienić: ${items}? Napisz go razem ze zmianą, np. „${e}”.`,
  askItemChange: (i, opts, q, e) =>
    `Co zmienić w pozycji ${i}: wariant (${opts}) czy ilość (teraz ${q})? Na przykład „${e}”.`,
  exampleQuantity: (i, q) => `zmień ilość ${i} na ${q}`,
  exampleVariant: (i, v) => `zmień ${i} na ${v}`,
  sameAddress: (o) => `Zamówienie ${o} już idzie na ten adres — nie ma czego zmieniać.`,
  addressCountry: (o) =>
    `Nowy adres musi być w tym samym kraju co adres dostawy zamówienia ${o}. W przypadku innego kraju pomoże osoba z naszego zespołu.`,
  unchanged: (i) => `Tak już jest: ${i}. Nie ma czego zmieniać.`,
  quantityRange: (min, max, o) =>
    `Mogę ustawić ilość od ${min} do ${max}. Jeśli chcesz zrezygnować ze wszystkiego, mogę anulować zamówienie ${o}.`,
  removeItem: (o) =>
    `Nie mogę tu usunąć pojedynczego produktu, ale mogę zmienić jego ilość albo anulować całe zamówienie ${o}. Może też pomóc osoba z naszego zespołu.`,
  policy: "Zamówienie można zmienić lub anulować w ciągu 2 godzin od złożenia i przed wysyłką.",
  shipped: (o) => `Zamówienie ${o} zostało już wysłane, więc nie mogę go już zmienić ani anulować.`,
  delivered: (o, on) =>
    `Zamówienie ${o} zostało już dostarczone${on ? ` ${on}` : ""}, więc nie można go zmienić ani anulować.`,
  windowPassed: (o) => `Zamówienie ${o} złożono ponad 2 godziny temu, więc nie mogę go już zmienić przez czat.`,
  alreadyCancelled: (o) => `Zamówienie ${o} jest już anulowane — nie ma w nim nic do zmiany.`,
  offerReturn: "Możesz je za to zwrócić w ciągu 30 dni od dostawy — wystarczy, że poprosisz mnie o zwrot.",
  offerPerson: "Czy mam poprosić o pomoc osobę z naszego zespołu? Odpisz tak, a odezwie się tutaj.",
  proposeCancel: (o, items, t) => `Anulowanie zamówienia ${o} (${items}, ${t}):`,
  proposeAddress: (o, to, from) => `Zmiana adresu dostawy zamówienia ${o}${from ? ` z ${from}` : ""} na ${to}.`,
  proposeItem: (o, i, from, to) => `Zmiana pozycji ${i} w zamówieniu ${o}: ${from} → ${to}.`,
  newTotal: (b, a) => `Suma zamówienia zmieni się z ${b} na ${a}:`,
  refund: (a) => `zwrócimy ${a} na Twoją pierwotną metodę płatności.`,
  charge: (a) => `różnica ${a} zostanie pobrana z Twojej pierwotnej metody płatności.`,
  samePrice: "cena się nie zmienia.",
  confirm: "Odpisz tak, aby potwierdzić, lub nie, aby niczego nie zmieniać.",
  doneCancel: (o, r) => `Gotowe — zamówienie ${o} zostało anulowane. ${r} wróci na Twoją pierwotną metodę płatności.`,
  doneAddress: (o, to) => `Gotowe — zamówienie ${o} zostanie dostarczone na adres ${to}.`,
  doneItem: (o, i, t) => `Gotowe — zamówienie ${o} zawiera teraz ${i}. Nowa suma to ${t}.`,
  declined: (o) => `Dobrze, niczego nie zmieniłem — zamówienie ${o} pozostaje bez zmian.`,
  failed: (o) =>
    `Coś poszło nie tak: nie mogłem potwierdzić zmiany zamówienia ${o}, więc proszę na niej nie polegać. Poprosiłem osobę z naszego zespołu o sprawdzenie i odpowiedź tutaj.`,
  handedOff: (o) => `Przekazałem Twoją prośbę dotyczącą zamówienia ${o} naszemu zespołowi — ktoś odezwie się tutaj.`,
  handoffDeclined: "Dobrze. Czy mogę pomóc w czymś jeszcze?",
  nothingToConfirm: "Żadna zmiana nie czeka na Twoje potwierdzenie. Co chcesz zmienić w zamówieniu?",
};

export const modificationMessages: Record<Language, ModificationMessages> = { en, fr, pl, de, es };
