import type { Subscription } from "../../commerce/types";
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

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the shopper can still do, by state: a cancelled subscription offers nothing. */
const ACTIONS_BY_STATUS: Record<Subscription["status"], ActionKind[]> = {
  active: ["pause", "skip", "modify", "cancel"],
  paused: ["resume", "modify", "cancel"],
  cancelled: [],
};

/**
 * The `data-subscription` card (DESIGN §6), built only from a subscription the backend returned for the signed-in
 * shopper. Actions carry no url: they are done in the conversation, each after a confirmation.
 */
export function subscriptionCard(sub: Subscription, language: Language): SubscriptionCard {
  const labels = ACTION_LABELS[language];
  return {
    product: sub.product.title,
    frequency: capitalise(frequencyLabel(sub.frequency, language)),
    nextChargeAt: sub.nextChargeAt ? new Date(sub.nextChargeAt).toISOString() : undefined,
    status: sub.status,
    actions: ACTIONS_BY_STATUS[sub.status].map((kind): CardAction => ({ kind, label: labels[kind] })),
  };
}
