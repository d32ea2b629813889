import type { InferUIMessageChunk } from "ai";
import type { ShopkeeperMessage } from "../protocol";

type Chunk = InferUIMessageChunk<ShopkeeperMessage>;

/**
 * When the model provider fails for good (after its retries), the reply must not look like a complete answer
 * (issue 5 §6): open text is closed, nothing more from the model is passed on, and the turn's own honest ending
 * (what happened, plus the handoff card) takes the failure's place. A failure arrives either as an `error` chunk
 * or as the stream itself erroring (a connection dropped mid-answer); both end the same way.
 */
export function endHonestlyOnFailure(
  source: ReadableStream<Chunk>,
  ending: (partial: boolean) => Promise<Chunk[]>,
): ReadableStream<Chunk> {
  const reader = source.getReader();
  const openText = new Set<string>();
  let shownText = false;

  async function fail(controller: ReadableStreamDefaultController<Chunk>) {
    for (const id of openText) controller.enqueue({ type: "text-end", id });
    for (const part of await ending(shownText)) controller.enqueue(part);
    controller.enqueue({ type: "finish" });
    controller.close();
    reader.cancel().catch(() => {});
  }

  return new ReadableStream<Chunk>({
    async pull(controller) {
      let next: ReadableStreamReadResult<Chunk>;
      try {
        next = await reader.read();
      } catch {
        return fail(controller);
      }
      if (next.done) return controller.close();
      const chunk = next.value;
      if (chunk.type === "error") return fail(controller);
      if (chunk.type === "text-start") openText.add(chunk.id);
      if (chunk.type === "text-end") openText.delete(chunk.id);
      if (chunk.type === "text-delta" && chunk.delta.trim()) shownText = true;
      controller.enqueue(chunk);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** A complete text part, as chunks. */
export function textChunks(id: string, text: string): Chunk[] {
  return [
    { type: "text-start", id },
    { type: "text-delta", id, delta: text },
    { type: "text-end", id },
  ];
}
