/**
 * Extractive answering for the embedded model: the reply is made of sentences copied from the retrieved passage,
 * so it can only state what the knowledge base says (DESIGN §9: no policy claim without a supporting chunk).
 */
import { stems } from "../../../kb/text";

export type Passage = { title: string; text: string };

function sentences(text: string): string[] {
  return text
    .replace(/^#+\s.*$/gm, "")
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^[-*]\s+/, "").trim())
    .filter((s) => s.length > 2);
}

/** The up to `max` sentences of the passage that share the most stems with the question, in reading order. */
export function extractAnswer(question: string, passage: Passage, max = 2): string {
  const wanted = new Set(stems(question));
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
