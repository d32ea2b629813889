import type { Language } from "../worker/protocol";
import { seededRandom } from "./random";
import type { KbDocumentInput } from "./types";

/**
 * Deterministic fake help-centre documents for the search benchmark (`npm run bench`). Each language's vocabulary
 * is the real demo articles' words shuffled into a longer list of invented ones, and words are drawn with a
 * Zipf-like skew: a few (mostly invented, playing the part of stopwords) are everywhere, real words range from
 * common to rare, as "order" and "Switzerland" do in a real help centre. Each document belongs to one of a few
 * hundred topics (a set of words it repeats), because real knowledge bases cluster by subject and an unclustered
 * corpus would make any vector index look worse than it is.
 */
export type SyntheticVocabulary = Partial<Record<Language, string[]>>;

export const SYNTHETIC_PREFIX = "synthetic-";
const TOPICS = 400;
const TOPIC_WORDS = 24;
const INVENTED_WORDS = 3000;
const SYLLABLES =
  "ba be bi bo ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to".split(" ");

function inventedWords(random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < INVENTED_WORDS) {
    const length = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(""));
  }
  return [...words];
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Each language's vocabulary, most frequent first: its texts' distinct words among invented ones. */
export function vocabularyOf(texts: { lang: Language; text: string }[]): SyntheticVocabulary {
  const real = new Map<Language, Set<string>>();
  for (const { lang, text } of texts) {
    const words = real.get(lang) ?? new Set();
    for (const word of text.match(/\p{L}{3,}/gu) ?? []) words.add(word.toLowerCase());
    real.set(lang, words);
  }
  const vocabulary: SyntheticVocabulary = {};
  [...real].forEach(([lang, words], i) => {
    const random = seededRandom(i + 1);
    vocabulary[lang] = shuffle([...words, ...inventedWords(random)], random);
  });
  return vocabulary;
}

function sentence(random: () => number, topic: string[], words: string[]): string {
  const length = 6 + Math.floor(random() * 9);
  const picked = Array.from({ length }, () =>
    // Half topic words; the rest skewed towards the start of the vocabulary, as word frequencies are.
    random() < 0.5 ? topic[Math.floor(random() * topic.length)]! : words[Math.floor(words.length * random() ** 3)]!,
  );
  const text = picked.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Document `n` of the synthetic corpus: `chunks` sections of ~300–600 characters, one chunk each. */
export function syntheticDocument(n: number, vocabulary: SyntheticVocabulary, chunks = 100): KbDocumentInput {
  const languages = (Object.keys(vocabulary) as Language[]).sort();
  const lang = languages[n % languages.length]!;
  const words = vocabulary[lang]!;
  const topicId = Math.floor(seededRandom(n * 7919)() * TOPICS);
  const pickTopic = seededRandom(topicId + 1);
  const topic = Array.from({ length: TOPIC_WORDS }, () => words[Math.floor(pickTopic() * words.length)]!);
  const random = seededRandom(n + 1);
  const sections = Array.from({ length: chunks }, (_, i) => {
    const body = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random, topic, words));
    return `## ${topic[i % TOPIC_WORDS]} ${i + 1}\n\n${body.join(" ")}`;
  });
  return {
    id: `${SYNTHETIC_PREFIX}${String(n).padStart(6, "0")}`,
    title: `${topic[0]} ${topic[1]} (${n})`,
    markdown: sections.join("\n\n"),
    lang,
    source: `https://shop.example.com/help/synthetic/${n}`,
    updatedAt: 0,
  };
}
