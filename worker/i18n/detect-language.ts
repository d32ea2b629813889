import type { Language } from "../protocol";

// Language of a short shopper message from distinctive letters and common words. Deterministic and fast; on no
// signal (e.g. "#1003?") it returns the fallback, usually the conversation's locale.

const LETTERS: [Language, RegExp, number][] = [
  ["pl", /[ąćęłńśźż]/giu, 3],
  ["de", /[äöüß]/giu, 2],
  ["es", /[ñ¿¡]/giu, 3],
  ["fr", /[àâçèêëîïôœùûÿ]/giu, 1.5],
  ["es", /[áíóú]/giu, 1],
];

const WORDS: Record<Language, string[]> = {
  en: "the my is where when what how can you your order i it to do does and of for a an with have please thanks hi hello was has not shipped delivered return refund".split(
    " ",
  ),
  fr: "le la les mon ma mes est où quand quoi comment pouvez vous votre je et de des pour une un avec bonjour merci commande colis livraison retour remboursement pas suis".split(
    " ",
  ),
  pl: "gdzie jest moje moja mój kiedy jak czy mogę nie się zamówienie zamówienia paczka przesyłka zwrot dzień dobry dziękuję proszę mam na do w z".split(
    " ",
  ),
  de: "der die das mein meine ist wo wann wie kann ich sie und nicht bestellung paket lieferung rücksendung hallo danke bitte mit für ein eine".split(
    " ",
  ),
  es: "el la los las mi mis es dónde donde cuándo cuando cómo como puedo usted y no pedido paquete envío devolución hola gracias por favor con para un una".split(
    " ",
  ),
};

const WORD_INDEX = new Map<string, Language[]>();
for (const [language, words] of Object.entries(WORDS) as [Language, string[]][]) {
  for (const word of words) WORD_INDEX.set(word, [...(WORD_INDEX.get(word) ?? []), language]);
}

export function languageScores(text: string): Record<Language, number> {
  const scores: Record<Language, number> = { en: 0, fr: 0, pl: 0, de: 0, es: 0 };
  for (const [language, pattern, weight] of LETTERS) scores[language] += (text.match(pattern)?.length ?? 0) * weight;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const languages = WORD_INDEX.get(word);
    if (languages) for (const language of languages) scores[language] += 2 / languages.length;
  }
  return scores;
}

export function detectLanguage(text: string, fallback: Language = "en"): Language {
  const scores = languageScores(text);
  let best: Language = fallback;
  let bestScore = 1;
  for (const [language, score] of Object.entries(scores) as [Language, number][]) {
    if (score > bestScore || (score === bestScore && language === fallback && score > 1)) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
