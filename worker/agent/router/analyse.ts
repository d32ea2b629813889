import { LANGUAGE_WORDS } from "../../i18n/language-words";
import { CUE_VOCABULARY, type CueRoute } from "./cues";
import { EXEMPLARS } from "./exemplars";
import { extractFeatures, type Features } from "./features";
import { NaiveBayes } from "./naive-bayes";
import { SMALL_TALK_WORDS } from "./small-talk";
import { SpellingIndex } from "./spelling";
import { accentedWords, fold, tokenize } from "./text";

/** A message as the router sees it. */
export type Analysis = {
  /** Folded words after typo repair. */
  tokens: string[];
  /** The same, joined by single spaces: what cues and rules match against. */
  words: string;
  /** The folded words as typed, before typo repair. */
  typed: string;
  features: Features;
};

type Model = { spelling: SpellingIndex; classifier: NaiveBayes<CueRoute> };

/**
 * Built when the module loads and kept for the isolate's lifetime: ~20–30 ms of cold CPU, once. Workers run module
 * scope while the isolate starts (often during the TLS handshake), so the shopper's first message does not pay it.
 */
const MODEL = buildModel();

export function routerModel(): Model {
  return MODEL;
}

function buildModel(): Model {
  const frequencies = new Map<string, number>();
  const count = (word: string, by: number) => frequencies.set(word, (frequencies.get(word) ?? 0) + by);
  const samples: { label: CueRoute; features: Features }[] = [];
  for (const exemplars of Object.values(EXEMPLARS)) {
    for (const [label, texts] of Object.entries(exemplars) as [CueRoute, string[]][]) {
      for (const text of texts) {
        const tokens = tokenize(fold(text));
        for (const token of tokens) count(token, 1);
        // Exemplars are not spell-checked: their few deliberate typos teach the letter-trigram features.
        samples.push({ label, features: extractFeatures(tokens, accentedWords(text)) });
      }
    }
  }
  for (const word of CUE_VOCABULARY.words) count(word, 2);
  for (const word of SMALL_TALK_WORDS) count(word, 1);
  for (const { strong, common } of Object.values(LANGUAGE_WORDS)) {
    for (const word of fold(`${strong} ${common}`).split(" ")) for (const token of tokenize(word)) count(token, 1);
  }
  return { spelling: new SpellingIndex(frequencies, CUE_VOCABULARY.prefixes), classifier: new NaiveBayes(samples) };
}

export function analyse(text: string): Analysis {
  const typed = tokenize(fold(text));
  const tokens = typed.map((token) => MODEL.spelling.correct(token));
  return {
    tokens,
    words: tokens.join(" "),
    typed: typed.join(" "),
    features: extractFeatures(tokens, accentedWords(text)),
  };
}
