import type { UIMessageChunk } from "ai";

const encoder = new TextEncoder();

/** One UI message chunk as a server-sent event (AI SDK UI message stream protocol, v1). */
export function sseEvent(chunk: UIMessageChunk | "[DONE]"): Uint8Array {
  return encoder.encode(`data: ${chunk === "[DONE]" ? chunk : JSON.stringify(chunk)}\n\n`);
}

/** A finished turn's stored chunks, streamed again exactly as they were (idempotent retries). */
export function replayStream(chunks: UIMessageChunk[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(sseEvent(chunk));
      controller.enqueue(sseEvent("[DONE]"));
      controller.close();
    },
  });
}

/**
 * Fans one running turn out to every client that asks for it — the original request and any retry of the same
 * message id that arrives mid-turn. The turn never depends on a client reading: a dropped connection only loses
 * that subscriber, and a late subscriber first receives everything produced so far.
 */
export class TurnBroadcast {
  private readonly chunks: UIMessageChunk[] = [];
  private readonly subscribers = new Set<ReadableStreamDefaultController<Uint8Array>>();
  private closed = false;

  push(chunk: UIMessageChunk): void {
    this.chunks.push(chunk);
    for (const subscriber of this.subscribers) this.send(subscriber, sseEvent(chunk));
  }

  close(): void {
    this.closed = true;
    for (const subscriber of this.subscribers) {
      this.send(subscriber, sseEvent("[DONE]"));
      try {
        subscriber.close();
      } catch {
        // the client went away; nothing to close
      }
    }
    this.subscribers.clear();
  }

  subscribe(): ReadableStream<Uint8Array> {
    let self: ReadableStreamDefaultController<Uint8Array> | undefined;
    return new ReadableStream({
      start: (controller) => {
        self = controller;
        for (const chunk of this.chunks) controller.enqueue(sseEvent(chunk));
        if (this.closed) {
          controller.enqueue(sseEvent("[DONE]"));
          controller.close();
        } else this.subscribers.add(controller);
      },
      cancel: () => {
        if (self) this.subscribers.delete(self);
      },
    });
  }

  private send(subscriber: ReadableStreamDefaultController<Uint8Array>, bytes: Uint8Array): void {
    try {
      subscriber.enqueue(bytes);
    } catch {
      this.subscribers.delete(subscriber);
    }
  }
}
