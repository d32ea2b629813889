import { describe, expect, it } from "vitest";
import { CHUNK_LIMITS, chunkMarkdown } from "../../../kb/chunk";
import { splitSection } from "../../../kb/split-section";

/** Numbered sentences, so each can be found again and none is a substring of another. */
const sentence = (n: number) =>
  `Rule ${String(n).padStart(3, "0")} says parcels sent to the warehouse are checked within two business days.`;
const sentences = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => sentence(from + i)).join(" ");

const tail = (chunk: string, text: string) => chunk.endsWith(text);

describe("chunking long sections", () => {
  it("keeps a section that fits as one chunk, exactly as written", () => {
    const text = sentences(1, 5);
    expect(chunkMarkdown(`## Returns\n${text}`)).toEqual([{ heading: "Returns", text }]);
  });

  it("splits a long section into chunks no longer than the cap, each under the section's heading", () => {
    const long = [sentences(1, 16), sentences(17, 16), sentences(33, 16)].join("\n\n");
    expect(long.length).toBeGreaterThan(3 * CHUNK_LIMITS.maxChars);
    const chunks = chunkMarkdown(`# Warehouse\n## Inspection\n${long}\n## Refunds\nRefunds take 5 days.`);
    const inspection = chunks.filter((c) => c.heading === "Inspection");
    expect(inspection.length).toBeGreaterThanOrEqual(3);
    for (const chunk of inspection) expect(chunk.text.length).toBeLessThanOrEqual(CHUNK_LIMITS.maxChars);
    expect(chunks.at(-1)).toEqual({ heading: "Refunds", text: "Refunds take 5 days." });
    // Nothing is lost: every sentence of the section is in some chunk.
    for (let n = 1; n <= 48; n++) expect(inspection.some((c) => c.text.includes(sentence(n)))).toBe(true);
  });

  it("starts each chunk with the last sentence of the one before, and only within a section", () => {
    const chunks = chunkMarkdown(`## Inspection\n${sentences(1, 40)}\n## Refunds\n${sentences(100, 3)}`);
    const inspection = chunks.filter((c) => c.heading === "Inspection").map((c) => c.text);
    expect(inspection.length).toBeGreaterThan(1);
    for (let i = 1; i < inspection.length; i++) {
      const shared = inspection[i]!.slice(0, inspection[i]!.indexOf(".") + 1);
      expect(shared).toMatch(/^Rule \d{3} says/);
      expect(shared.length).toBeLessThanOrEqual(CHUNK_LIMITS.overlapChars);
      expect(tail(inspection[i - 1]!, shared)).toBe(true);
    }
    expect(chunks.find((c) => c.heading === "Refunds")!.text).toBe(sentences(100, 3));
  });

  it("breaks at a paragraph boundary rather than inside a paragraph that fits a chunk whole", () => {
    const first = sentences(1, 8);
    const second = sentences(9, 8);
    const pieces = splitSection(`${first}\n\n${second}`, { maxChars: 1200, overlapChars: 150 });
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toBe(first);
    expect(pieces[1]).toBe(`${sentence(8)}\n\n${second}`);
  });

  it("keeps list lines on their own lines when a long list is split", () => {
    const list = Array.from({ length: 40 }, (_, i) => `- Item ${i}: store in a cool, dry place away from sun.`);
    const pieces = splitSection(list.join("\n"), { maxChars: 400, overlapChars: 80 });
    expect(pieces.length).toBeGreaterThan(4);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(400);
      for (const line of piece.split("\n"))
        expect(line).toMatch(/^- Item \d+: store in a cool, dry place away from sun\.$/);
    }
  });

  it("cuts text with no sentence breaks between words, still overlapping", () => {
    const words = Array.from({ length: 500 }, (_, i) => `word${i}`).join(" ");
    const pieces = splitSection(words, { maxChars: 300, overlapChars: 60 });
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(300);
    for (let i = 1; i < pieces.length; i++) {
      const firstWords = pieces[i]!.split(" ").slice(0, 2).join(" ");
      expect(pieces[i - 1]).toContain(firstWords);
    }
    expect(pieces.join(" ")).toContain("word0 ");
    expect(pieces.at(-1)).toMatch(/word499$/);
  });
});
