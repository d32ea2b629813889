import { fold } from "../../agent/router/text";
import type { Language } from "../../protocol";
import type { ReturnsIntent } from "./intent";

/**
 * The general policy question behind an account question asked anonymously: "can I return order #1001?" becomes
 * "how long do I have to return items?", so the knowledge base answers what the shopper can know before signing in
 * (searching the literal words finds the order-changes article instead).
 */
const QUESTIONS: Record<Language, { window: string; refund: string }> = {
  en: { window: "How many days do I have to return items after delivery?", refund: "When are refunds issued?" },
  fr: {
    window: "Combien de jours après la livraison pour retourner des articles ?",
    refund: "Quand le remboursement est-il effectué ?",
  },
  pl: { window: "W ciągu ilu dni od dostawy mogę zwrócić produkty?", refund: "Kiedy zwracacie pieniądze?" },
  de: { window: "Wie viele Tage nach der Lieferung kann ich Artikel zurückgeben?", refund: "Wann wird erstattet?" },
  es: {
    window: "¿Cuántos días tengo para devolver artículos tras la entrega?",
    refund: "¿Cuándo se hace el reembolso?",
  },
};

/** "What is your return policy?" asks for the gist, not one rule. */
const OVERVIEW =
  /\b(?:polic|rules|how do returns work|politique|conditions de retour|regles|zasad|regulamin|polityk|richtlinie|bedingungen|politica|condiciones)/;

export const isOverview = (text: string) => OVERVIEW.test(fold(text));

export function policyQuestion(intent: ReturnsIntent, text: string, language: Language): string {
  // The gist starts with the window: ask for it too, or the top sections may all be about fees and exclusions.
  if (intent === "policy")
    return isOverview(text) ? `${text.slice(0, 300)} ${QUESTIONS[language].window}` : text.slice(0, 500);
  return intent === "status" ? QUESTIONS[language].refund : QUESTIONS[language].window;
}
