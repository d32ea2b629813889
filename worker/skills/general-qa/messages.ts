import type { Language } from "../../protocol";

type QaMessages = { source: (title: string) => string; unknown: string };

export const qaMessages: Record<Language, QaMessages> = {
  en: {
    source: (t) => `(Source: ${t})`,
    unknown:
      "I don't know the answer to that, and I'd rather not guess. Would you like me to bring in a person from our team?",
  },
  fr: {
    source: (t) => `(Source : ${t})`,
    unknown:
      "Je ne connais pas la réponse et je préfère ne pas deviner. Voulez-vous que je fasse appel à une personne de notre équipe ?",
  },
  pl: {
    source: (t) => `(Źródło: ${t})`,
    unknown: "Nie znam odpowiedzi na to pytanie i wolę nie zgadywać. Czy mam poprosić o pomoc kogoś z naszego zespołu?",
  },
  de: {
    source: (t) => `(Quelle: ${t})`,
    unknown:
      "Das weiß ich leider nicht, und ich möchte nicht raten. Soll ich eine Person aus unserem Team hinzuziehen?",
  },
  es: {
    source: (t) => `(Fuente: ${t})`,
    unknown: "No sé la respuesta y prefiero no adivinar. ¿Quieres que avise a una persona de nuestro equipo?",
  },
};
