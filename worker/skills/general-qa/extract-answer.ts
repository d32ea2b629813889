/**
 * Extractive answering for the embedded model: the reply is made of sentences copied from the retrieved passage,
 * so it can only state what the knowledge base says (DESIGN §9: no policy claim without a supporting chunk).
 */
export type Passage = { title: string; text: string };

const STOPWORDS = new Set(
  (
    "the a an and or of to in on for is are do does can i my you your we our it what how when where which with " +
    "le la les de des du un une et ou est sont je mon ma mes vous votre nos pour sur dans que quoi comment quand " +
    "w z na do i o czy jak jest są mój moja moje mi się co kiedy gdzie " +
    "der die das und oder ist sind ich mein meine sie ihr wie wann wo was für mit " +
    "el la los las y o es son yo mi mis usted su para con que cómo cuándo dónde qué"
  ).split(" "),
);

/** Lower-cased word stems (first five letters) without stopwords, so "returns"/"returned"/"zwrotu" match their kin. */
export function stems(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOPWORDS.has(w) && w.length > 1).map((w) => w.slice(0, 5)));
}

function sentences(text: string): string[] {
  return text
    .replace(/^#+\s.*$/gm, "")
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^[-*]\s+/, "").trim())
    .filter((s) => s.length > 2);
}

/** The up to `max` sentences of the passage that share the most stems with the question, in reading order. */
export function extractAnswer(question: string, passage: Passage, max = 2): string {
  const wanted = stems(question);
  const scored = sentences(passage.text).map((sentence, index) => {
    let score = 0;
    for (const stem of stems(sentence)) if (wanted.has(stem)) score += 1;
    return { sentence, index, score };
  });
  const best = [...scored].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, max);
  const chosen = best.some((s) => s.score > 0) ? best.filter((s) => s.score > 0) : scored.slice(0, max);
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((s) => s.sentence)
    .join(" ");
}
