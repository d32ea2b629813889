import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
} from "@ai-sdk/provider";

/**
 * The embedded model: an offline, deterministic AI SDK `LanguageModel` (DESIGN §3.5). It runs the same `streamText`
 * path as a real model, but instead of guessing it follows a script the skill writes for this turn: first it calls
 * the skill's planned tools, then — once their results are in the prompt — it composes the reply from them with
 * per-language templates. Same input, same output; no keys, no network.
 */
export type PlannedToolCall = { toolName: string; input: Record<string, unknown> };
/** Tool outputs of the current turn, by tool name. */
export type ToolResults = Record<string, unknown>;

export type EmbeddedScript = {
  plan(): PlannedToolCall[];
  compose(results: ToolResults): string;
};

const USAGE = {
  inputTokens: { total: 0, noCache: 0, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 0, text: 0, reasoning: undefined },
};

/** Tool results that arrived after the newest user message — this turn's facts. */
function toolResultsOfThisTurn(prompt: LanguageModelV4CallOptions["prompt"]): ToolResults | null {
  let lastUser = -1;
  prompt.forEach((message, index) => {
    if (message.role === "user") lastUser = index;
  });
  let results: ToolResults | null = null;
  for (const message of prompt.slice(lastUser + 1)) {
    if (message.role !== "tool") continue;
    for (const part of message.content) {
      if (part.type !== "tool-result") continue;
      results ??= {};
      const { output } = part;
      results[part.toolName] = output.type === "json" || output.type === "text" ? output.value : { error: output.type };
    }
  }
  return results;
}

/** Splits text into deltas of a few words so the reply streams like a model's without a chunk per word. */
export function wordDeltas(text: string, minLength = 24): string[] {
  const deltas: string[] = [];
  let current = "";
  for (const word of text.match(/\s*\S+\s*/g) ?? []) {
    current += word;
    if (current.length >= minLength) {
      deltas.push(current);
      current = "";
    }
  }
  if (current) deltas.push(current);
  return deltas;
}

export class EmbeddedModel implements LanguageModelV4 {
  readonly specificationVersion = "v4";
  readonly provider = "shopkeeper";
  readonly modelId = "embedded";
  readonly supportedUrls = {};

  constructor(private readonly script: EmbeddedScript) {}

  private respond(options: LanguageModelV4CallOptions): LanguageModelV4Content[] {
    const results = toolResultsOfThisTurn(options.prompt);
    const plan = results || !options.tools?.length ? [] : this.script.plan();
    if (plan.length > 0) {
      return plan.map((call, index) => ({
        type: "tool-call",
        toolCallId: `call_${index + 1}`,
        toolName: call.toolName,
        input: JSON.stringify(call.input),
      }));
    }
    return [{ type: "text", text: this.script.compose(results ?? {}) }];
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const content = this.respond(options);
    const calledTools = content.some((part) => part.type === "tool-call");
    return {
      content,
      finishReason: { unified: calledTools ? "tool-calls" : "stop", raw: undefined },
      usage: USAGE,
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const content = this.respond(options);
    const parts: LanguageModelV4StreamPart[] = [{ type: "stream-start", warnings: [] }];
    for (const part of content) {
      if (part.type === "tool-call") parts.push(part);
      if (part.type === "text") {
        parts.push({ type: "text-start", id: "text_1" });
        for (const delta of wordDeltas(part.text)) parts.push({ type: "text-delta", id: "text_1", delta });
        parts.push({ type: "text-end", id: "text_1" });
      }
    }
    const calledTools = content.some((part) => part.type === "tool-call");
    parts.push({
      type: "finish",
      finishReason: { unified: calledTools ? "tool-calls" : "stop", raw: undefined },
      usage: USAGE,
    });
    return {
      stream: new ReadableStream({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
    };
  }
}
