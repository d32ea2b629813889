import { type SplitOptions, splitSection } from "./split-section";

/** A piece of a document small enough to cite, with the heading path that gives it context. */
export type Chunk = { heading?: string; text: string };

/**
 * ~1,200 characters is ~300 tokens: big enough to hold a policy with its conditions, small enough that a citation
 * points at the passage that answers and the embedding is not diluted by neighbouring topics (DESIGN §9). The
 * overlap is about one sentence.
 */
export const CHUNK_LIMITS: SplitOptions = { maxChars: 1200, overlapChars: 150 };

/**
 * Splits markdown at its headings: each section keeps its heading, so "Refunds" stays attached to "within 5
 * business days". Text before the first heading forms the first chunk. A section longer than `maxChars` becomes
 * several chunks, each with the section's heading, consecutive ones sharing about a sentence of overlap.
 */
export function chunkMarkdown(markdown: string, limits: SplitOptions = CHUNK_LIMITS): Chunk[] {
  const chunks: Chunk[] = [];
  let heading: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join("\n").trim();
    if (text) for (const piece of splitSection(text, limits)) chunks.push({ heading, text: piece });
    lines = [];
  };
  for (const line of markdown.split("\n")) {
    const match = line.match(/^#{1,6}\s+(.*)$/);
    if (match) {
      flush();
      heading = match[1]!.trim();
    } else lines.push(line);
  }
  flush();
  return chunks;
}
