import type { Subscription } from "../../commerce/types";
import { capitalise } from "../../i18n/text";
import type { CardAction, Language, SubscriptionCard } from "../../protocol";
import { frequencyLabel } from "./labels";

type ActionKind = "pause" | "skip" | "modify" | "resume" | "cancel";

const ACTION_LABELS: Record<Language, Record<ActionKind, string>> = {
  en: { pause: "Pause", skip: "Skip next delivery", modify: "Change frequency", resume: "Resume", cancel: "Cancel" },
  fr: {
    pause: "Mettre en pause",
    skip: "Sauter la prochaine livraison",
    modify: "Changer la fréquence",
    resume: "Reprendre",
    cancel: "Résilier",
  },
  pl: {
    pause: "Wstrzymaj",
    skip: "Pomiń następną dostawę",
    modify: "Zmień częstotliwość",
    resume: "Wznów",
    cancel: "Anuluj",
  },
  de: {
    pause: "Pausieren",
    skip: "Nächste Lieferung überspringen",
    modify: "Rhythmus ändern",
    resume: "Fortsetzen",
    cancel: "Kündigen",
  },
  es: {
    pause: "Pausar",
    skip: "Saltar la próxima entrega",
    modify: "Cambiar la frecuencia",
    resume: "Reanudar",
    cancel: "Cancelar",
  },
};

/** What pressing an action sends as the shopper's message: the skill then proposes the change for confirmation. */
const ACTION_MESSAGES: Record<Language, Record<ActionKind, string>> = {
  en: {
    pause: "Pause my subscription for 1 month",
    skip: "Skip my next subscription delivery",
    modify: "Change my subscription frequency",
    resume: "Resume my subscription",
    cancel: "Cancel my subscription",
  },
  fr: {
    pause: "Mettre mon abonnement en pause pendant 1 mois",
    skip: "Sauter la prochaine livraison de mon abonnement",
    modify: "Changer la fréquence de mon abonnement",
    resume: "Reprendre mon abonnement",
    cancel: "Résilier mon abonnement",
  },
  pl: {
    pause: "Wstrzymaj moją subskrypcję na 1 miesiąc",
    skip: "Pomiń następną dostawę subskrypcji",
    modify: "Zmień częstotliwość subskrypcji",
    resume: "Wznów moją subskrypcję",
    cancel: "Anuluj moją subskrypcję",
  },
  de: {
    pause: "Mein Abo für 1 Monat pausieren",
    skip: "Die nächste Lieferung meines Abos überspringen",
    modify: "Den Lieferrhythmus meines Abos ändern",
    resume: "Mein Abo fortsetzen",
    cancel: "Mein Abo kündigen",
  },
  es: {
    pause: "Pausar mi suscripción durante 1 mes",
    skip: "Saltar la próxima entrega de mi suscripción",
    modify: "Cambiar la frecuencia de mi suscripción",
    resume: "Reanudar mi suscripción",
    cancel: "Cancelar mi suscripción",
  },
};

/** What the shopper can still do, by state: a cancelled subscription offers nothing. */
const ACTIONS_BY_STATUS: Record<Subscription["status"], ActionKind[]> = {
  active: ["pause", "skip", "modify", "cancel"],
  paused: ["resume", "modify", "cancel"],
  cancelled: [],
};

/**
 * The `data-subscription` card (DESIGN §6), built only from a subscription the backend returned for the signed-in
 * shopper. Actions carry no url but a message: pressing one asks for it in the conversation, then confirms it.
 */
export function subscriptionCard(sub: Subscription, language: Language): SubscriptionCard {
  const labels = ACTION_LABELS[language];
  return {
    product: sub.product.title,
    frequency: capitalise(frequencyLabel(sub.frequency, language)),
    nextChargeAt: sub.nextChargeAt ? new Date(sub.nextChargeAt).toISOString() : undefined,
    status: sub.status,
    actions: ACTIONS_BY_STATUS[sub.status].map(
      (kind): CardAction => ({ kind, label: labels[kind], message: ACTION_MESSAGES[language][kind] }),
    ),
  };
}
