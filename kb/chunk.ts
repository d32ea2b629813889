/** A piece of a document small enough to cite, with the heading path that gives it context. */
export type Chunk = { heading?: string; text: string };

/**
 * Splits markdown at its headings: each section becomes one chunk that keeps its heading, so "Refunds" stays
 * attached to "within 5 business days". Text before the first sub-heading forms the first chunk.
 */
export function chunkMarkdown(markdown: string): Chunk[] {
  const chunks: Chunk[] = [];
  let heading: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join("\n").trim();
    if (text) chunks.push({ heading, text });
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
