import { describe, expect, it } from "vitest";
import { safeUrl } from "../../../widget/app/markdown";
import { applyChunk, type Chunk, type Part, readEvents } from "../../../widget/app/stream";
import { pickLocale } from "../../../widget/i18n/strings";

const body = (text: string, pieces = 3) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const size = Math.ceil(text.length / pieces);
      for (let i = 0; i < text.length; i += size) controller.enqueue(new TextEncoder().encode(text.slice(i, i + size)));
      controller.close();
    },
  });

describe("reading the UI message stream in the widget", () => {
  it("parses events split across network reads and reports whether [DONE] arrived", async () => {
    const chunks: Chunk[] = [];
    const wire = 'data: {"type":"start"}\n\ndata: {"type":"text-delta","id":"t","delta":"Héllo"}\n\ndata: [DONE]\n\n';
    expect(await readEvents(body(wire, 7), (c) => chunks.push(c))).toBe(true);
    expect(chunks.map((c) => c.type)).toEqual(["start", "text-delta"]);
    expect(await readEvents(body('data: {"type":"start"}\n\n'), () => {})).toBe(false);
  });

  it("grows text parts, replaces a card with the same id and keeps citations", () => {
    let parts: Part[] = [];
    for (const chunk of [
      { type: "text-start", id: "t" },
      { type: "text-delta", id: "t", delta: "Your order " },
      { type: "text-delta", id: "t", delta: "ships." },
      { type: "data-order", id: "o", data: { name: "#1", status: "unfulfilled" } },
      { type: "data-order", id: "o", data: { name: "#1", status: "in_transit" } },
      { type: "source-document", sourceId: "c1", title: "Shipping" },
    ] as Chunk[])
      parts = applyChunk(parts, chunk);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatchObject({ type: "text", text: "Your order ships." });
    expect(parts[1]).toMatchObject({ type: "data-order", data: { status: "in_transit" } });
    expect(parts[2]).toMatchObject({ type: "source-document", title: "Shipping" });
  });
});

describe("widget safety and language", () => {
  it("allows only http(s) links", () => {
    expect(safeUrl("https://shop.example.com/a")).toBe("https://shop.example.com/a");
    for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:x", "/relative", ""])
      expect(safeUrl(bad)).toBeNull();
  });

  it("follows data-locale, then the page's, then the browser's language", () => {
    expect(pickLocale("fr-FR", "de", "en")).toBe("fr");
    expect(pickLocale(undefined, "pl", "en-US")).toBe("pl");
    expect(pickLocale("xx", null, "es-MX")).toBe("es");
    expect(pickLocale(null, undefined, "ja")).toBe("en");
  });
});
