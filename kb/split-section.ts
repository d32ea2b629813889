/**
 * Cuts one section's text into pieces of at most `maxChars`, breaking at paragraphs first, then sentences, then
 * words. Each piece after the first starts with the last sentence(s) of the one before (up to `overlapChars`), so a
 * fact that straddles a break — "Refunds are issued… | …within 5 business days" — is still whole in one chunk.
 */
export type SplitOptions = { maxChars: number; overlapChars: number };

/** A paragraph, sentence or list line, with the separator that preceded it in the source. */
type Unit = { sep: string; text: string };

const join = (units: Unit[]) => units.map((u, i) => (i === 0 ? u.text : u.sep + u.text)).join("");

/** A sentence longer than `limit` is cut between words (and a word longer than that, anywhere). */
function cutLong(sentence: string, limit: number): string[] {
  if (sentence.length <= limit) return [sentence];
  const pieces: string[] = [];
  let current = "";
  for (const word of sentence.split(/\s+/)) {
    for (let rest = word; rest; rest = rest.slice(limit)) {
      const part = rest.slice(0, limit);
      if (current && current.length + 1 + part.length > limit) {
        pieces.push(current);
        current = "";
      }
      current = current ? `${current} ${part}` : part;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** A paragraph too long to keep whole, as sentences (list lines count as sentences) no longer than `limit`. */
function sentenceUnits(paragraph: string, sep: string, limit: number): Unit[] {
  // The capture keeps each separator, so list lines stay on their own lines when the chunk is put back together.
  const parts = paragraph.split(/((?<=[.!?…])[ \t]+(?=\S)|[ \t]*\n[ \t]*)/);
  const units: Unit[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const text = parts[i]!.trim();
    if (!text) continue;
    const before = units.length === 0 ? sep : parts[i - 1]?.includes("\n") ? "\n" : " ";
    cutLong(text, limit).forEach((piece, j) => {
      units.push({ sep: j === 0 ? before : " ", text: piece });
    });
  }
  return units;
}

/** The trailing sentences of a chunk that fit in `limit` characters; else the last words of its last sentence. */
function overlapOf(units: Unit[], limit: number): Unit[] {
  const all = units.flatMap((u) => sentenceUnits(u.text, u.sep, Number.POSITIVE_INFINITY));
  let kept: Unit[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const candidate = [all[i]!, ...kept];
    if (join(candidate).length > limit) break;
    kept = candidate;
  }
  if (kept.length || !all.length) return kept.map((u, i) => (i === 0 ? { ...u, sep: "" } : u));
  const words = all.at(-1)!.text.split(" ");
  let tail = "";
  while (words.length && tail.length + words.at(-1)!.length + 1 <= limit) tail = `${words.pop()} ${tail}`.trim();
  return tail ? [{ sep: "", text: tail }] : [];
}

export function splitSection(text: string, { maxChars, overlapChars }: SplitOptions): string[] {
  if (text.length <= maxChars) return [text];
  // Room left for new text once a chunk has started with its overlap and a separator of up to two characters.
  const room = Math.max(1, maxChars - overlapChars - 2);
  const chunks: string[] = [];
  let current: Unit[] = [];
  let carried = 0; // how many units at the start of `current` repeat the previous chunk
  const add = (unit: Unit) => {
    if (current.length > carried && join([...current, unit]).length > maxChars) {
      chunks.push(join(current));
      current = overlapOf(current, overlapChars);
      carried = current.length;
    }
    current.push(current.length ? unit : { ...unit, sep: "" });
  };
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  paragraphs.forEach((paragraph, i) => {
    const unit = { sep: i === 0 ? "" : "\n\n", text: paragraph };
    const fitsHere = join([...current, unit]).length <= maxChars;
    // A paragraph that fits in a fresh chunk moves there whole rather than being split across two.
    if (fitsHere || paragraph.length <= room) add(unit);
    else for (const sentence of sentenceUnits(paragraph, unit.sep, room)) add(sentence);
  });
  if (current.length > carried) chunks.push(join(current));
  return chunks;
}
