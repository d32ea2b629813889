/** Every string the chat app shows, in the five languages the agent speaks. */
const en = {
  startReturn: "Start a return",
  title: "Chat with us",
  close: "Close chat",
  placeholder: "Type your message…",
  send: "Send",
  typing: "Typing…",
  error: "The message could not be sent.",
  retry: "Retry",
  signIn: "Sign in",
  sources: "Sources",
  copy: "Copy code",
  copied: "Copied!",
  newChat: "New conversation",
  you: "You",
  assistant: "Assistant",
  items: "Items",
  total: "Total",
  expires: "Expires",
  points: "points",
  nextTier: "to",
  nextCharge: "Next charge",
  deadline: "Return by",
  notEligible: "Not returnable",
  greeting: "Hi! How can we help?",
};
export type Strings = typeof en;

const fr: Strings = {
  startReturn: "Commencer un retour",
  title: "Discutez avec nous",
  close: "Fermer la discussion",
  placeholder: "Écrivez votre message…",
  send: "Envoyer",
  typing: "Rédaction…",
  error: "Le message n'a pas pu être envoyé.",
  retry: "Réessayer",
  signIn: "Se connecter",
  sources: "Sources",
  copy: "Copier le code",
  copied: "Copié !",
  newChat: "Nouvelle conversation",
  you: "Vous",
  assistant: "Assistant",
  items: "Articles",
  total: "Total",
  expires: "Expire le",
  points: "points",
  nextTier: "avant",
  nextCharge: "Prochain prélèvement",
  deadline: "Retour avant le",
  notEligible: "Non retournable",
  greeting: "Bonjour ! Comment pouvons-nous vous aider ?",
};

const pl: Strings = {
  startReturn: "Rozpocznij zwrot",
  title: "Porozmawiaj z nami",
  close: "Zamknij czat",
  placeholder: "Napisz wiadomość…",
  send: "Wyślij",
  typing: "Pisze…",
  error: "Nie udało się wysłać wiadomości.",
  retry: "Spróbuj ponownie",
  signIn: "Zaloguj się",
  sources: "Źródła",
  copy: "Kopiuj kod",
  copied: "Skopiowano!",
  newChat: "Nowa rozmowa",
  you: "Ty",
  assistant: "Asystent",
  items: "Produkty",
  total: "Razem",
  expires: "Ważny do",
  points: "pkt",
  nextTier: "do",
  nextCharge: "Następna płatność",
  deadline: "Zwrot do",
  notEligible: "Nie podlega zwrotowi",
  greeting: "Cześć! W czym możemy pomóc?",
};

const de: Strings = {
  startReturn: "Rücksendung starten",
  title: "Chatten Sie mit uns",
  close: "Chat schließen",
  placeholder: "Nachricht eingeben…",
  send: "Senden",
  typing: "Schreibt…",
  error: "Die Nachricht konnte nicht gesendet werden.",
  retry: "Erneut versuchen",
  signIn: "Anmelden",
  sources: "Quellen",
  copy: "Code kopieren",
  copied: "Kopiert!",
  newChat: "Neues Gespräch",
  you: "Sie",
  assistant: "Assistent",
  items: "Artikel",
  total: "Summe",
  expires: "Gültig bis",
  points: "Punkte",
  nextTier: "bis",
  nextCharge: "Nächste Abbuchung",
  deadline: "Rücksendung bis",
  notEligible: "Nicht rückgabefähig",
  greeting: "Hallo! Wie können wir helfen?",
};

const es: Strings = {
  startReturn: "Iniciar devolución",
  title: "Chatea con nosotros",
  close: "Cerrar chat",
  placeholder: "Escribe tu mensaje…",
  send: "Enviar",
  typing: "Escribiendo…",
  error: "No se pudo enviar el mensaje.",
  retry: "Reintentar",
  signIn: "Iniciar sesión",
  sources: "Fuentes",
  copy: "Copiar código",
  copied: "¡Copiado!",
  newChat: "Nueva conversación",
  you: "Tú",
  assistant: "Asistente",
  items: "Artículos",
  total: "Total",
  expires: "Caduca",
  points: "puntos",
  nextTier: "para",
  nextCharge: "Próximo cargo",
  deadline: "Devolver antes del",
  notEligible: "No admite devolución",
  greeting: "¡Hola! ¿En qué podemos ayudarte?",
};

const ALL = { en, fr, pl, de, es };
export type Locale = keyof typeof ALL;

/** The first of the candidates we have strings for: data-locale, then the page's, then the browser's language. */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const code = candidate?.slice(0, 2).toLowerCase();
    if (code && code in ALL) return code as Locale;
  }
  return "en";
}

export const stringsFor = (locale: Locale): Strings => ALL[locale];
