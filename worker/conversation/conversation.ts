import { DurableObject } from "cloudflare:workers";
import { readUIMessageStream, type UIMessageChunk } from "ai";
import { HISTORY_WINDOW } from "../agent/prompt";
import { runTurn } from "../agent/turn";
import { yieldToEventLoop } from "../agent/yield";
import type { Shopper } from "../auth/identity";
import type { AppEnv } from "../bindings";
import { commerceFor } from "../commerce";
import type { ConversationSnapshot, Language, ShopkeeperMessage } from "../protocol";
import { recordStatus, recordTurn } from "./analytics";
import { deliverHandoffs, emailTheTeam, silentReplyChunks, startHandoff } from "./handoff-flow";
import { ConversationStore } from "./store";
import { replayStream, TurnBroadcast } from "./turn-broadcast";

export type InitInput = {
  id: string;
  locale: Language;
  channel: string;
  pageUrl?: string;
  origin?: string;
  shopper?: Shopper | null;
};
export type ChatInput = { messageId: string; text: string };

/** How many messages a restored widget gets back. */
const RESTORE_LIMIT = 200;

async function assemble(chunks: UIMessageChunk[]): Promise<ShopkeeperMessage> {
  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  let message: ShopkeeperMessage | undefined;
  for await (const snapshot of readUIMessageStream<ShopkeeperMessage>({ stream })) message = snapshot;
  if (!message) throw new Error("turn produced no message");
  return message;
}

/**
 * One conversation (DESIGN §3): persists each inbound message first, runs one turn at a time in arrival order,
 * and answers a repeated message id with the stored reply instead of a second turn. In-memory fields are only
 * caches of running work; everything else is read from SQLite, so the object may be evicted at any time.
 */
export class Conversation extends DurableObject<AppEnv> {
  private readonly store: ConversationStore;
  private readonly running = new Map<string, TurnBroadcast>();
  private queue: Promise<void> = Promise.resolve();
  private resumed = false;

  constructor(ctx: DurableObjectState, env: AppEnv) {
    super(ctx, env);
    this.store = new ConversationStore(ctx.storage);
  }

  async init(input: InitInput): Promise<void> {
    if (this.store.meta()) return;
    this.store.setMeta({
      id: input.id,
      locale: input.locale,
      channel: input.channel,
      status: "ai",
      createdAt: Date.now(),
      pageUrl: input.pageUrl,
      origin: input.origin,
    });
    if (input.shopper) this.store.bindShopper(input.shopper);
  }

  async bindShopper(shopper: Shopper): Promise<boolean> {
    if (!this.store.meta()) return false;
    this.store.bindShopper(shopper);
    return true;
  }

  async snapshot(): Promise<ConversationSnapshot | null> {
    const meta = this.store.meta();
    if (!meta) return null;
    return {
      id: meta.id,
      status: meta.status,
      locale: meta.locale,
      authenticated: this.store.shopper() !== null,
      messages: this.store.recentMessages(RESTORE_LIMIT),
    };
  }

  /** Accepts a message and returns the SSE stream of its reply (live, joined mid-way, or replayed). */
  async chat(input: ChatInput): Promise<ReadableStream<Uint8Array> | null> {
    if (!this.store.meta()) return null;
    this.resumePendingOnce();
    const existing = this.store.userMessage(input.messageId);
    if (existing?.status === "done") {
      const chunks = this.store.replyChunks(input.messageId);
      if (chunks) return replayStream(chunks);
    }
    const running = this.running.get(input.messageId);
    if (running) return running.subscribe();
    if (!existing) this.store.insertUserMessage(input.messageId, input.text);
    return this.enqueue(input.messageId).subscribe();
  }

  /** A person's reply from the console: they now own the conversation and the agent stays silent (`human`). */
  async humanReply(text: string): Promise<ShopkeeperMessage | null> {
    const meta = this.store.meta();
    if (!meta) return null;
    const message: ShopkeeperMessage = {
      id: `msg_${crypto.randomUUID()}`,
      role: "assistant",
      parts: [{ type: "text", text }],
      metadata: { author: "human", createdAt: new Date().toISOString() },
    };
    this.store.appendAssistantMessage(message);
    this.store.setMeta({ status: "human", pendingAction: null });
    await recordStatus(this.env.DB, meta.id, "human");
    return message;
  }

  /** `→ resolved`: the person hands the conversation back; the shopper's next message goes to the agent again. */
  async resolve(): Promise<boolean> {
    const meta = this.store.meta();
    if (!meta) return false;
    this.store.setMeta({ status: "resolved" });
    await recordStatus(this.env.DB, meta.id, "resolved");
    return true;
  }

  /** Retries handoff deliveries that failed (scheduled by `deliverHandoffs`). */
  override async alarm(): Promise<void> {
    const meta = this.store.meta();
    if (meta) await deliverHandoffs(this.env, this.ctx.storage, meta.id);
  }

  private async answerSilently(messageId: string, broadcast: TurnBroadcast): Promise<void> {
    const chunks = silentReplyChunks(`msg_${crypto.randomUUID()}`);
    for (const chunk of chunks) broadcast.push(chunk);
    this.store.completeTurn(messageId, await assemble(chunks), chunks);
    broadcast.close();
  }

  /** Messages accepted before an eviction but never answered are answered first, in order. */
  private resumePendingOnce(): void {
    if (this.resumed) return;
    this.resumed = true;
    for (const id of this.store.pendingUserMessageIds()) this.enqueue(id);
  }

  private enqueue(messageId: string): TurnBroadcast {
    const broadcast = new TurnBroadcast();
    this.running.set(messageId, broadcast);
    this.queue = this.queue
      // Let the reply stream leave the object before the turn's CPU work starts (time to first byte).
      .then(yieldToEventLoop)
      .then(() => this.answer(messageId, broadcast))
      .catch((error) => console.error("turn crashed", error))
      .finally(() => {
        broadcast.close();
        this.running.delete(messageId);
      });
    return broadcast;
  }

  private async answer(messageId: string, broadcast: TurnBroadcast): Promise<void> {
    const started = Date.now();
    const meta = this.store.meta();
    const message = this.store.userMessage(messageId);
    if (!meta || !message || message.status === "done") return;
    const shopper = this.store.shopper();
    if (meta.status === "human") return this.answerSilently(messageId, broadcast);
    // A new message after the team resolved the conversation starts a fresh stretch with the agent.
    if (meta.status === "resolved") this.store.setMeta({ status: "ai" });
    const turn = runTurn({
      env: this.env,
      commerce: commerceFor(this.env),
      replyId: `msg_${crypto.randomUUID()}`,
      text: message.text,
      history: this.store.history(message.position, HISTORY_WINDOW),
      locale: meta.locale,
      shopper,
      previousRoute: meta.lastRoute,
      conversationId: meta.id,
      pageUrl: meta.pageUrl,
      origin: meta.origin,
      pendingAction: meta.pendingAction,
    });
    const chunks: UIMessageChunk[] = [];
    const reader = turn.stream.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks.push(next.value);
      broadcast.push(next.value);
    }
    this.store.completeTurn(messageId, await assemble(chunks), chunks);
    // A proposal lives for exactly one turn: this turn's (or none) replaces the previous one.
    this.store.setMeta({ lastRoute: turn.route, pendingAction: turn.effects.proposed });
    const { handoff } = turn.effects;
    // The handoff is recorded before the reply ends, so a shopper who reloads right away finds it pending_human.
    const packet = handoff
      ? await startHandoff({
          env: this.env,
          store: this.store,
          meta: this.store.meta() ?? meta,
          shopper,
          language: turn.language,
          topic: turn.route === "handoff" ? meta.lastRoute : turn.route,
          handoff,
        })
      : null;
    broadcast.close();
    if (packet) {
      this.ctx.waitUntil(
        Promise.all([deliverHandoffs(this.env, this.ctx.storage, meta.id), emailTheTeam(this.env, packet)]),
      );
    }
    await recordTurn(this.env.DB, this.store.meta() ?? meta, {
      messageId,
      route: turn.route,
      confidence: turn.confidence,
      outcome: await turn.outcome,
      language: turn.language,
      latencyMs: Date.now() - started,
      customerId: shopper?.customerId,
      messageCount: this.store.messageCount(),
      question: message.text,
    });
  }
}
