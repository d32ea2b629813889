import type { Language } from "../protocol";

/** What the shopper is told when a person takes over; merchants may replace either text per language. */
export type HandoffMessages = { inHours: string; afterHours: string };

export const DEFAULT_HANDOFF_MESSAGES: Record<Language, HandoffMessages> = {
  en: {
    inHours: "I've passed this to our team with everything we discussed. A person will reply right here shortly.",
    afterHours:
      "I've passed this to our team with everything we discussed. They're offline right now (Monday to Friday, 9:00–18:00 CET) and will reply here as soon as they're back.",
  },
  fr: {
    inHours:
      "J'ai transmis votre demande à notre équipe avec tout notre échange. Une personne vous répondra ici très bientôt.",
    afterHours:
      "J'ai transmis votre demande à notre équipe avec tout notre échange. Elle est absente pour le moment (du lundi au vendredi, 9 h – 18 h CET) et vous répondra ici dès son retour.",
  },
  pl: {
    inHours: "Przekazałem sprawę naszemu zespołowi wraz z całą rozmową. Wkrótce odpowie Ci tutaj konsultant.",
    afterHours:
      "Przekazałem sprawę naszemu zespołowi wraz z całą rozmową. Zespół jest teraz niedostępny (od poniedziałku do piątku, 9:00–18:00 CET) i odpowie tutaj zaraz po powrocie.",
  },
  de: {
    inHours:
      "Ich habe Ihr Anliegen mit unserem gesamten Gespräch an unser Team weitergegeben. Eine Person antwortet Ihnen gleich hier.",
    afterHours:
      "Ich habe Ihr Anliegen mit unserem gesamten Gespräch an unser Team weitergegeben. Das Team ist gerade nicht erreichbar (Montag bis Freitag, 9:00–18:00 Uhr MEZ) und antwortet hier, sobald es zurück ist.",
  },
  es: {
    inHours:
      "He pasado tu consulta a nuestro equipo con toda la conversación. Una persona te responderá aquí en breve.",
    afterHours:
      "He pasado tu consulta a nuestro equipo con toda la conversación. Ahora no está disponible (de lunes a viernes, 9:00–18:00 CET) y te responderá aquí en cuanto vuelva.",
  },
};
