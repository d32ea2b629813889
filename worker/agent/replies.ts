import type { Language } from "../protocol";

/** Short replies the turn writes itself, without a model: greetings, sign-in requests, handoff offers. */
type Replies = {
  greeting: (store: string) => string;
  signInFor: Record<"order_tracking" | "default", string>;
  loginReason: string;
  notYet: string;
  failed: string;
  /** The model provider failed; `partial` when part of an answer had already been shown. */
  modelFailed: (partial: boolean) => string;
};

const en: Replies = {
  greeting: (s) =>
    `Hi! I'm the ${s} assistant. I can track orders and answer questions about shipping, returns and payments. How can I help?`,
  signInFor: {
    order_tracking:
      "I can look that up as soon as you sign in — that's how I make sure I only show your orders to you.",
    default: "Please sign in first so I can look at your account — I only show account details to their owner.",
  },
  loginReason: "Sign in to see your orders",
  notYet: "I can't do that from the chat yet.",
  failed: "Sorry, something went wrong on our side. Please try again.",
  modelFailed: (partial) =>
    partial
      ? "Sorry — my answer above was cut off, so please don't rely on it."
      : "Sorry, I can't answer that right now.",
};

const fr: Replies = {
  greeting: (s) =>
    `Bonjour ! Je suis l'assistant de ${s}. Je peux suivre vos commandes et répondre à vos questions sur la livraison, les retours et le paiement. Comment puis-je vous aider ?`,
  signInFor: {
    order_tracking: "Je peux vérifier cela dès que vous êtes connecté(e) — ainsi je ne montre vos commandes qu'à vous.",
    default:
      "Connectez-vous d'abord pour que je puisse consulter votre compte — je ne montre les informations d'un compte qu'à son titulaire.",
  },
  loginReason: "Connectez-vous pour voir vos commandes",
  notYet: "Je ne peux pas encore faire cela depuis le chat.",
  failed: "Désolé, un problème est survenu de notre côté. Veuillez réessayer.",
  modelFailed: (partial) =>
    partial
      ? "Désolé — ma réponse ci-dessus a été interrompue, ne vous y fiez pas."
      : "Désolé, je ne peux pas répondre pour le moment.",
};

const pl: Replies = {
  greeting: (s) =>
    `Cześć! Jestem asystentem sklepu ${s}. Mogę sprawdzić status zamówienia i odpowiedzieć na pytania o dostawę, zwroty i płatności. W czym mogę pomóc?`,
  signInFor: {
    order_tracking: "Sprawdzę to, gdy tylko się zalogujesz — dzięki temu Twoje zamówienia widzisz tylko Ty.",
    default:
      "Najpierw się zaloguj, abym mógł zajrzeć na Twoje konto — dane konta pokazuję wyłącznie jego właścicielowi.",
  },
  loginReason: "Zaloguj się, aby zobaczyć swoje zamówienia",
  notYet: "Tego nie mogę jeszcze zrobić na czacie.",
  failed: "Przepraszamy, coś poszło nie tak po naszej stronie. Spróbuj ponownie.",
  modelFailed: (partial) =>
    partial
      ? "Przepraszam — moja odpowiedź powyżej została przerwana, proszę na niej nie polegać."
      : "Przepraszam, nie mogę teraz odpowiedzieć.",
};

const de: Replies = {
  greeting: (s) =>
    `Hallo! Ich bin der Assistent von ${s}. Ich kann Bestellungen verfolgen und Fragen zu Versand, Rücksendungen und Zahlung beantworten. Wie kann ich helfen?`,
  signInFor: {
    order_tracking: "Das sehe ich gern nach, sobald Sie angemeldet sind – so zeige ich Ihre Bestellungen nur Ihnen.",
    default:
      "Bitte melden Sie sich zuerst an, damit ich in Ihr Konto sehen kann – Kontodaten zeige ich nur dem Inhaber.",
  },
  loginReason: "Melden Sie sich an, um Ihre Bestellungen zu sehen",
  notYet: "Das kann ich im Chat noch nicht erledigen.",
  failed: "Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.",
  modelFailed: (partial) =>
    partial
      ? "Entschuldigung — meine Antwort oben wurde abgebrochen, bitte verlassen Sie sich nicht darauf."
      : "Entschuldigung, ich kann das gerade nicht beantworten.",
};

const es: Replies = {
  greeting: (s) =>
    `¡Hola! Soy el asistente de ${s}. Puedo seguir tus pedidos y responder preguntas sobre envíos, devoluciones y pagos. ¿En qué puedo ayudarte?`,
  signInFor: {
    order_tracking: "Puedo consultarlo en cuanto inicies sesión; así solo tú ves tus pedidos.",
    default:
      "Inicia sesión primero para que pueda consultar tu cuenta; solo muestro los datos de una cuenta a su titular.",
  },
  loginReason: "Inicia sesión para ver tus pedidos",
  notYet: "Todavía no puedo hacer eso desde el chat.",
  failed: "Lo sentimos, algo salió mal por nuestra parte. Inténtalo de nuevo.",
  modelFailed: (partial) =>
    partial
      ? "Lo siento: mi respuesta anterior se cortó, así que no te fíes de ella."
      : "Lo siento, ahora mismo no puedo responder a eso.",
};

export const replies: Record<Language, Replies> = { en, fr, pl, de, es };
