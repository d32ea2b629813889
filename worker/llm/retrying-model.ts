import { APICallError, type LanguageModelV4, type LanguageModelV4StreamPart } from "@ai-sdk/provider";

/**
 * Provider failures (5xx, timeouts, an error before the first token) are retried at most twice with backoff
 * (issue 5 §6). Only the start of a reply is retried: once text has reached the shopper a retry would repeat or
 * contradict it, so a failure after that is surfaced as an error and the turn says honestly that it stopped.
 */
export type RetryPolicy = {
  retries: number;
  /** Backoff before retry n is baseDelayMs × 4^(n−1). */
  baseDelayMs: number;
  /** A provider that sends nothing for this long is treated as failed. */
  firstPartTimeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 2, baseDelayMs: 250, firstPartTimeoutMs: 15_000 };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Client errors (bad request, auth) fail the same way every time; retrying them only delays the honest answer. */
const retryable = (error: unknown) => (APICallError.isInstance(error) ? error.isRetryable : true);

/** Parts that only describe the stream; anything else means the model has started answering. */
const PREAMBLE = new Set(["stream-start", "response-metadata"]);

class StreamFailedBeforeContent extends Error {}

async function withTimeout<T>(promise: PromiseLike<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new StreamFailedBeforeContent(`no response from the model within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the inner stream and reads up to its first content part; an error or silence before that throws. */
async function openStream(model: LanguageModelV4, options: Parameters<LanguageModelV4["doStream"]>[0], ms: number) {
  const controller = new AbortController();
  const signals = [controller.signal, options.abortSignal].filter((s): s is AbortSignal => Boolean(s));
  const abort = () => controller.abort();
  const result = await withTimeout(model.doStream({ ...options, abortSignal: AbortSignal.any(signals) }), ms, abort);
  const reader = result.stream.getReader();
  const head: LanguageModelV4StreamPart[] = [];
  for (;;) {
    const next = await withTimeout(reader.read(), ms, abort);
    if (next.done) break;
    if (next.value.type === "error") throw next.value.error;
    head.push(next.value);
    if (!PREAMBLE.has(next.value.type)) break;
  }
  const stream = new ReadableStream<LanguageModelV4StreamPart>({
    start(out) {
      for (const part of head) out.enqueue(part);
    },
    async pull(out) {
      const next = await reader.read();
      if (next.done) out.close();
      else out.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { ...result, stream };
}

export function withRetries(model: LanguageModelV4, policy: RetryPolicy = DEFAULT_RETRY_POLICY): LanguageModelV4 {
  const sleep = policy.sleep ?? wait;
  async function attempt<T>(run: () => PromiseLike<T>): Promise<T> {
    for (let n = 0; ; n++) {
      try {
        return await run();
      } catch (error) {
        if (n >= policy.retries || !retryable(error)) throw error;
        await sleep(policy.baseDelayMs * 4 ** n);
      }
    }
  }
  return {
    specificationVersion: "v4",
    provider: model.provider,
    modelId: model.modelId,
    supportedUrls: model.supportedUrls,
    doGenerate: (options) => attempt(() => model.doGenerate(options)),
    doStream: (options) => attempt(() => openStream(model, options, policy.firstPartTimeoutMs)),
  };
}
