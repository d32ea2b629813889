import type { ShopkeeperMessage } from "../../worker/protocol";

export type Part = ShopkeeperMessage["parts"][number];
export type Chunk = { type: string; [field: string]: unknown };

/** Reads `data: <json>` events of the AI SDK UI message stream, calling `onChunk` for each until `[DONE]`. */
export async function readEvents(body: ReadableStream<Uint8Array>, onChunk: (chunk: Chunk) => void): Promise<boolean> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const data = buffer.slice(0, end).replace(/^data: ?/, "");
      buffer = buffer.slice(end + 2);
      if (data === "[DONE]") return true;
      if (data) onChunk(JSON.parse(data));
      end = buffer.indexOf("\n\n");
    }
  }
}

/**
 * Folds chunks into the assistant message's parts, like the AI SDK client does: text deltas grow a text part,
 * a data part with the same type and id replaces the earlier one, sources are appended.
 */
export function applyChunk(parts: Part[], chunk: Chunk): Part[] {
  const { type } = chunk;
  if (type === "text-start") return [...parts, { type: "text", text: "", state: "streaming" } as Part];
  if (type === "text-delta") {
    const last = parts.at(-1);
    if (last?.type !== "text") return [...parts, { type: "text", text: String(chunk.delta) } as Part];
    return [...parts.slice(0, -1), { ...last, text: last.text + String(chunk.delta) }];
  }
  if (type === "source-document" || type === "source-url") return [...parts, chunk as unknown as Part];
  if (type.startsWith("data-")) {
    const next = { type, id: chunk.id, data: chunk.data } as Part;
    const index = parts.findIndex((p) => p.type === type && (p as { id?: unknown }).id === chunk.id);
    return index >= 0 ? parts.map((p, i) => (i === index ? next : p)) : [...parts, next];
  }
  return parts;
}
