import type { Language } from "../../protocol";
import { de, es } from "./messages-de-es";

/** Everything the embedded model says for this skill; names, dates and rhythms arrive already formatted. */
export type SubscriptionMessages = {
  none: string;
  active: (product: string, every: string, next?: string) => string;
  paused: (product: string, until: string, next?: string) => string;
  cancelled: (product: string) => string;
  whatICanDo: string;
  which: (products: string) => string;
  askPause: (product: string) => string;
  pauseTooLong: (product: string, requested: string) => string;
  askFrequency: (product: string, current: string) => string;
  frequencyNotAllowed: (requested: string) => string;
  sameFrequency: (product: string, every: string) => string;
  isPaused: (product: string, until: string) => string;
  notPaused: (product: string) => string;
  isCancelled: (product: string) => string;
  noSchedule: (product: string) => string;
  proposePause: (product: string, duration: string, until: string, next: string) => string;
  proposeSkip: (product: string, skipped: string, next: string) => string;
  proposeFrequency: (product: string, from: string, to: string, next?: string) => string;
  proposeResume: (product: string, next: string) => string;
  proposeCancel: (product: string, next?: string) => string;
  confirm: string;
  donePause: (product: string, until: string, next: string) => string;
  doneSkip: (product: string, next: string) => string;
  doneFrequency: (product: string, every: string, next?: string) => string;
  doneResume: (product: string, next: string) => string;
  doneCancel: (product: string) => string;
  declined: string;
  failed: (product: string) => string;
  handedOff: string;
  nothingToConfirm: string;
};

const en: SubscriptionMessages = {
  none: "You don't have any subscriptions with us.",
  active: (p, e, n) => `${p} is active: delivered ${e}${n ? `, next charge on ${n}` : ""}.`,
  paused: (p, u, n) => `${p} is paused until ${u}${n ? `; the next charge will be on ${n}` : ""}.`,
  cancelled: (p) => `${p} was cancelled.`,
  whatICanDo:
    "I can pause it for up to 3 months, skip the next delivery, change how often it comes (every 2, 4 or 6 weeks) or cancel it.",
  which: (ps) => `Which subscription do you mean: ${ps}?`,
  askPause: (p) => `For how long should I pause ${p}? Up to 3 months — for example "pause for 2 months".`,
  pauseTooLong: (p, r) =>
    `I can pause ${p} for up to 3 months at a time, and ${r} is longer than that. Would 3 months work? Just say "pause for 3 months".`,
  askFrequency: (p, c) => `How often would you like ${p}? It comes ${c} now; I can make it every 2, 4 or 6 weeks.`,
  frequencyNotAllowed: (r) =>
    `Deliveries can only come every 2, 4 or 6 weeks, so ${r} isn't possible. Which of those suits you?`,
  sameFrequency: (p, e) => `${p} already comes ${e}, so there's nothing to change.`,
  isPaused: (p, u) =>
    `${p} is paused until ${u}, so there's no delivery to skip or pause. I can resume it whenever you like.`,
  notPaused: (p) => `${p} isn't paused, so there's nothing to resume.`,
  isCancelled: (p) =>
    `${p} was cancelled, so I can't change it any more. You can subscribe again from the product page.`,
  noSchedule: (p) => `${p} has no charge scheduled, so there's nothing to skip.`,
  proposePause: (p, d, u, n) =>
    `Pause ${p} for ${d}: no deliveries or charges until ${u}, and the next charge would be on ${n}.`,
  proposeSkip: (p, s, n) =>
    `Skip the next delivery of ${p}: the charge on ${s} won't happen and your next charge moves to ${n}.`,
  proposeFrequency: (p, f, t, n) =>
    `Change ${p} from ${f} to ${t}${n ? `: your next charge stays on ${n}, then ${t}` : ""}.`,
  proposeResume: (p, n) => `Resume ${p}: deliveries restart and your next charge will be on ${n}.`,
  proposeCancel: (p, n) =>
    `Cancel ${p}: no more deliveries or charges${n ? ` — the charge planned for ${n} won't happen` : ""}.`,
  confirm: "Reply yes to confirm, or no to keep it as it is.",
  donePause: (p, u, n) => `Done — ${p} is paused until ${u}. Your next charge will be on ${n}.`,
  doneSkip: (p, n) => `Done — the next delivery of ${p} is skipped. Your next charge is on ${n}.`,
  doneFrequency: (p, e, n) => `Done — ${p} now comes ${e}.${n ? ` Your next charge is on ${n}.` : ""}`,
  doneResume: (p, n) => `Done — ${p} is active again. Your next charge is on ${n}.`,
  doneCancel: (p) => `Done — ${p} is cancelled. You won't be charged for it again.`,
  declined: "All right, I haven't changed anything on your subscription.",
  failed: (p) =>
    `Something went wrong: I couldn't confirm the change to ${p}, so please don't rely on it. I've asked a person from our team to check and follow up here.`,
  handedOff: "A person from our team will check your subscription and follow up here.",
  nothingToConfirm:
    "There's no change waiting for your confirmation. What would you like to do with your subscription?",
};

const fr: SubscriptionMessages = {
  none: "Vous n'avez aucun abonnement chez nous.",
  active: (p, e, n) => `${p} est actif : livraison ${e}${n ? `, prochain prélèvement le ${n}` : ""}.`,
  paused: (p, u, n) => `${p} est en pause jusqu'au ${u}${n ? ` ; le prochain prélèvement aura lieu le ${n}` : ""}.`,
  cancelled: (p) => `${p} a été résilié.`,
  whatICanDo:
    "Je peux le mettre en pause jusqu'à 3 mois, sauter la prochaine livraison, changer sa fréquence (toutes les 2, 4 ou 6 semaines) ou le résilier.",
  which: (ps) => `De quel abonnement parlez-vous : ${ps} ?`,
  askPause: (p) =>
    `Pour combien de temps dois-je mettre ${p} en pause ? Jusqu'à 3 mois — par exemple « pause de 2 mois ».`,
  pauseTooLong: (p, r) =>
    `Je peux mettre ${p} en pause pour 3 mois maximum à la fois, et ${r}, c'est plus long. 3 mois vous conviendraient-ils ? Dites simplement « pause de 3 mois ».`,
  askFrequency: (p, c) =>
    `À quelle fréquence souhaitez-vous recevoir ${p} ? Actuellement ${c} ; je peux passer à toutes les 2, 4 ou 6 semaines.`,
  frequencyNotAllowed: (r) =>
    `Les livraisons ne peuvent avoir lieu que toutes les 2, 4 ou 6 semaines : ${r} n'est pas possible. Laquelle vous convient ?`,
  sameFrequency: (p, e) => `${p} est déjà livré ${e} : il n'y a rien à changer.`,
  isPaused: (p, u) =>
    `${p} est en pause jusqu'au ${u} : il n'y a pas de livraison à sauter ni à suspendre. Je peux le reprendre quand vous voulez.`,
  notPaused: (p) => `${p} n'est pas en pause : il n'y a rien à reprendre.`,
  isCancelled: (p) =>
    `${p} a été résilié : je ne peux plus le modifier. Vous pouvez vous réabonner depuis la page du produit.`,
  noSchedule: (p) => `Aucun prélèvement n'est prévu pour ${p} : il n'y a rien à sauter.`,
  proposePause: (p, d, u, n) =>
    `Mettre ${p} en pause pendant ${d} : aucune livraison ni aucun prélèvement jusqu'au ${u}, puis prochain prélèvement le ${n}.`,
  proposeSkip: (p, s, n) =>
    `Sauter la prochaine livraison de ${p} : le prélèvement du ${s} n'aura pas lieu et le prochain passe au ${n}.`,
  proposeFrequency: (p, f, t, n) =>
    `Passer ${p} de ${f} à ${t}${n ? ` : le prochain prélèvement reste le ${n}, puis ${t}` : ""}.`,
  proposeResume: (p, n) => `Reprendre ${p} : les livraisons redémarrent et le prochain prélèvement aura lieu le ${n}.`,
  proposeCancel: (p, n) =>
    `Résilier ${p} : plus aucune livraison ni aucun prélèvement${n ? ` — le prélèvement prévu le ${n} n'aura pas lieu` : ""}.`,
  confirm: "Répondez oui pour confirmer, ou non pour ne rien changer.",
  donePause: (p, u, n) => `C'est fait — ${p} est en pause jusqu'au ${u}. Prochain prélèvement le ${n}.`,
  doneSkip: (p, n) => `C'est fait — la prochaine livraison de ${p} est sautée. Prochain prélèvement le ${n}.`,
  doneFrequency: (p, e, n) => `C'est fait — ${p} est désormais livré ${e}.${n ? ` Prochain prélèvement le ${n}.` : ""}`,
  doneResume: (p, n) => `C'est fait — ${p} est de nouveau actif. Prochain prélèvement le ${n}.`,
  doneCancel: (p) => `C'est fait — ${p} est résilié. Vous ne serez plus prélevé(e).`,
  declined: "Très bien, je n'ai rien modifié sur votre abonnement.",
  failed: (p) =>
    `Un problème est survenu : je n'ai pas pu confirmer la modification de ${p}, ne vous y fiez donc pas. J'ai demandé à une personne de notre équipe de vérifier et de vous répondre ici.`,
  handedOff: "Une personne de notre équipe va vérifier votre abonnement et vous répondre ici.",
  nothingToConfirm: "Aucune modification n'attend votre confirmation. Que souhaitez-vous faire de votre abonnement ?",
};

const pl: SubscriptionMessages = {
  none: "Nie masz u nas żadnych subskrypcji.",
  active: (p, e, n) => `Subskrypcja ${p} jest aktywna: dostawa ${e}${n ? `, następna płatność ${n}` : ""}.`,
  paused: (p, u, n) => `Subskrypcja ${p} jest wstrzymana do ${u}${n ? `; następna płatność ${n}` : ""}.`,
  cancelled: (p) => `Subskrypcja ${p} została anulowana.`,
  whatICanDo:
    "Mogę ją wstrzymać maksymalnie na 3 miesiące, pominąć następną dostawę, zmienić częstotliwość (co 2, 4 lub 6 tygodni) albo ją anulować.",
  which: (ps) => `O którą subskrypcję chodzi: ${ps}?`,
  askPause: (p) => `Na jak długo wstrzymać ${p}? Maksymalnie na 3 miesiące — na przykład „wstrzymaj na 2 miesiące”.`,
  pauseTooLong: (p, r) =>
    `Mogę wstrzymać ${p} najwyżej na 3 miesiące naraz, a ${r} to dłużej. Czy 3 miesiące będą w porządku? Napisz „wstrzymaj na 3 miesiące”.`,
  askFrequency: (p, c) => `Jak często mają przychodzić dostawy ${p}? Teraz ${c}; mogę ustawić co 2, 4 lub 6 tygodni.`,
  frequencyNotAllowed: (r) =>
    `Dostawy mogą być tylko co 2, 4 lub 6 tygodni, więc ${r} nie jest możliwe. Która opcja Ci pasuje?`,
  sameFrequency: (p, e) => `Dostawy ${p} już są ${e}, więc nie ma czego zmieniać.`,
  isPaused: (p, u) =>
    `Subskrypcja ${p} jest wstrzymana do ${u}, więc nie ma dostawy do pominięcia ani wstrzymania. Mogę ją wznowić, kiedy chcesz.`,
  notPaused: (p) => `Subskrypcja ${p} nie jest wstrzymana, więc nie ma czego wznawiać.`,
  isCancelled: (p) =>
    `Subskrypcja ${p} została anulowana, więc nie mogę jej już zmienić. Możesz zamówić ją ponownie na stronie produktu.`,
  noSchedule: (p) => `Dla ${p} nie zaplanowano żadnej płatności, więc nie ma czego pomijać.`,
  proposePause: (p, d, u, n) =>
    `Wstrzymanie ${p} na ${d}: bez dostaw i płatności do ${u}, a następna płatność będzie ${n}.`,
  proposeSkip: (p, s, n) =>
    `Pominięcie następnej dostawy ${p}: płatności z ${s} nie będzie, a następna przesunie się na ${n}.`,
  proposeFrequency: (p, f, t, n) =>
    `Zmiana ${p} z ${f} na ${t}${n ? `: następna płatność zostaje ${n}, potem ${t}` : ""}.`,
  proposeResume: (p, n) => `Wznowienie ${p}: dostawy wracają, a następna płatność będzie ${n}.`,
  proposeCancel: (p, n) =>
    `Anulowanie ${p}: bez kolejnych dostaw i płatności${n ? ` — płatności zaplanowanej na ${n} nie będzie` : ""}.`,
  confirm: "Odpisz tak, aby potwierdzić, lub nie, aby niczego nie zmieniać.",
  donePause: (p, u, n) => `Gotowe — subskrypcja ${p} jest wstrzymana do ${u}. Następna płatność: ${n}.`,
  doneSkip: (p, n) => `Gotowe — następna dostawa ${p} została pominięta. Następna płatność: ${n}.`,
  doneFrequency: (p, e, n) => `Gotowe — dostawy ${p} będą teraz ${e}.${n ? ` Następna płatność: ${n}.` : ""}`,
  doneResume: (p, n) => `Gotowe — subskrypcja ${p} jest znowu aktywna. Następna płatność: ${n}.`,
  doneCancel: (p) => `Gotowe — subskrypcja ${p} została anulowana. Nie pobierzemy już za nią opłat.`,
  declined: "Dobrze, niczego nie zmieniłem w Twojej subskrypcji.",
  failed: (p) =>
    `Coś poszło nie tak: nie mogłem potwierdzić zmiany ${p}, więc proszę na niej nie polegać. Poprosiłem osobę z naszego zespołu o sprawdzenie i odpowiedź tutaj.`,
  handedOff: "Osoba z naszego zespołu sprawdzi Twoją subskrypcję i odezwie się tutaj.",
  nothingToConfirm: "Żadna zmiana nie czeka na Twoje potwierdzenie. Co chcesz zrobić z subskrypcją?",
};

export const subscriptionMessages: Record<Language, SubscriptionMessages> = { en, fr, pl, de, es };
