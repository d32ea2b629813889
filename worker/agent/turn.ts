import {
  createUIMessageStream,
  type InferUIMessageChunk,
  isStepCount,
  streamText,
  type ToolSet,
  toUIMessageStream,
  type UIMessageChunk,
  type UIMessageStreamWriter,
} from "ai";
import type { Shopper } from "../auth/identity";
import type { AppEnv } from "../bindings";
import type { CommerceBackend } from "../commerce/types";
import { handoffNotice, handoffSettings } from "../handoff/settings";
import { detectLanguage } from "../i18n/detect-language";
import { modelKind, selectModel } from "../llm";
import type { EmbeddedScript } from "../llm/embedded";
import type { Language, RouteId, ShopkeeperMessage } from "../protocol";
import { findSkill } from "../skills";
import type { SkillContext } from "../skills/types";
import { confirmationAnswer, livePendingAction, type PendingAction } from "./confirmation";
import { degradedScript, runtimeFor } from "./degraded";
import { endHonestlyOnFailure, textChunks } from "./model-failure";
import { modelRoute, UNSURE_BELOW } from "./model-route";
import { modelMessages, systemPrompt } from "./prompt";
import { replies } from "./replies";
import { type Routing, routeMessage } from "./router";
import { writeText } from "./write-text";
import { yieldToEventLoop } from "./yield";

type ShopkeeperChunk = InferUIMessageChunk<ShopkeeperMessage>;

export type TurnInput = {
  env: AppEnv;
  commerce: CommerceBackend;
  /** Id of the assistant message this turn produces. */
  replyId: string;
  text: string;
  history: ShopkeeperMessage[];
  locale: Language;
  shopper: Shopper | null;
  previousRoute?: RouteId;
  conversationId: string;
  pageUrl?: string;
  origin?: string;
  /** What the previous reply asked the shopper to confirm, if anything. */
  pendingAction?: PendingAction | null;
};

/** What a turn asks the conversation to do once its reply is complete. */
export type TurnEffects = {
  /** The proposal the shopper must confirm next turn (replaces any older one; null clears it). */
  proposed: PendingAction | null;
  /** Set when the turn handed the conversation to a person. */
  handoff: { reason: string; facts: Record<string, unknown> } | null;
};

export type TurnOutcome = "answered" | "login_required" | "handoff" | "error";

export type Turn = {
  /** Final once the stream has started: a real model may settle a route the local router was unsure about. */
  route: RouteId;
  confidence: number;
  language: Language;
  stream: ReadableStream<UIMessageChunk>;
  /** Settles when the stream has been fully produced. */
  outcome: Promise<TurnOutcome>;
  /** Complete once `outcome` has settled. */
  effects: TurnEffects;
};

/** Tool traces are for the model, not the shopper: cards carry what the shopper should see (DESIGN §3.6). */
const hideToolTraces = () =>
  new TransformStream<ShopkeeperChunk, ShopkeeperChunk>({
    transform(chunk, controller) {
      if (!chunk.type.startsWith("tool-")) controller.enqueue(chunk);
    },
  });

/** Real models decide for themselves; the embedded script is never consulted when routing with one. */
const NO_SCRIPT: EmbeddedScript = { plan: () => [], compose: () => "" };

/** Tells the shopper a person takes over (with the merchant's in-hours or after-hours text) and returns that text. */
async function announceHandoff(writer: UIMessageStreamWriter<ShopkeeperMessage>, env: AppEnv, language: Language) {
  const { card, message } = await handoffCard(env, language);
  writer.write(card);
  return message;
}

async function handoffCard(env: AppEnv, language: Language) {
  const message = handoffNotice(await handoffSettings(env.DB), language);
  const card: ShopkeeperChunk = { type: "data-handoff", id: "handoff", data: { state: "pending_human", message } };
  return { card, message };
}

/** One agent turn (DESIGN §3): route → skill → tools → model, as a UI message chunk stream. */
export function runTurn(input: TurnInput): Turn {
  const { env, text, shopper } = input;
  const language = detectLanguage(text, input.locale);
  // A yes/no to the previous reply's proposal belongs to the skill that proposed it, whatever the router thinks.
  const pending = livePendingAction(input.pendingAction);
  const answer = pending ? confirmationAnswer(text) : null;
  const routing: Pick<Routing, "route" | "confidence" | "handoffReason" | "followUp"> =
    pending && answer
      ? { route: pending.skill as RouteId, confidence: 1, followUp: true }
      : routeMessage(text, { previousRoute: input.previousRoute, language });
  const effects: TurnEffects = { proposed: null, handoff: null };
  const say = replies[language];
  let outcome: TurnOutcome = "answered";
  let settle: (value: TurnOutcome) => void = () => {};
  const settled = new Promise<TurnOutcome>((resolve) => {
    settle = resolve;
  });

  const stream = createUIMessageStream<ShopkeeperMessage>({
    execute: async ({ writer }) => {
      // Only a guessed topic is worth a model call: never a person request, a greeting or a follow-up.
      const guessed = routing.route !== "none" && routing.route !== "handoff" && !routing.followUp;
      if (guessed && routing.confidence < UNSURE_BELOW && modelKind(env) !== "embedded") {
        const decided = await modelRoute(selectModel(env, NO_SCRIPT), text, input.previousRoute);
        if (decided) Object.assign(routing, { route: decided, confidence: 1 });
        turn.route = routing.route;
        turn.confidence = routing.confidence;
      }
      writer.write({
        type: "start",
        messageId: input.replyId,
        messageMetadata: { skill: routing.route, language, createdAt: new Date().toISOString() },
      });
      // Flush `start` to the shopper before the skill's setup work (tool schemas, model) begins.
      await yieldToEventLoop();
      if (routing.route === "none") return writeText(writer, say.greeting(env.STORE_NAME));
      if (routing.route === "handoff") {
        outcome = "handoff";
        effects.handoff = { reason: routing.handoffReason ?? "requested", facts: {} };
        return writeText(writer, await announceHandoff(writer, env, language));
      }
      const skill = findSkill(routing.route);
      if (skill.login === "always" && !shopper && skill.runtime) {
        outcome = "login_required";
        writer.write({ type: "data-login", id: "login", data: { methods: ["identity"], reason: say.loginReason } });
        return writeText(writer, skill.id === "order_tracking" ? say.signInFor.order_tracking : say.signInFor.default);
      }
      const run = await runtimeFor(skill, env);
      const { runtime, degraded } = run;
      const ctx: SkillContext = {
        env,
        text,
        language,
        shopper,
        commerce: input.commerce,
        writer,
        conversation: {
          id: input.conversationId,
          pageUrl: input.pageUrl,
          origin: input.origin,
          pending: answer && pending?.skill === skill.id ? pending : null,
          answer: pending?.skill === skill.id ? answer : null,
          propose: (action, actionInput) => {
            effects.proposed = { skill: skill.id, action, input: actionInput, proposedAt: Date.now() };
          },
          handOff: (reason, facts = {}) => {
            outcome = "handoff";
            effects.handoff = { reason, facts };
            return announceHandoff(writer, env, language);
          },
        },
      };
      // Degraded, the knowledge base is searched for the skill's own policy, not whatever else the words match.
      const script = runtime.script(
        degraded && skill.policyTopic ? { ...ctx, text: `${text} ${skill.policyTopic}` } : ctx,
      );
      const notice = run.degraded
        ? await ctx.conversation.handOff("skill_unavailable", { skill: skill.id, missing: run.missing })
        : "";
      const result = streamText({
        model: selectModel(env, degraded ? degradedScript(script, say.notYet, notice) : script),
        system: systemPrompt(skill, language, env.STORE_NAME),
        messages: modelMessages(input.history, text),
        tools: runtime.tools(ctx),
        stopWhen: isStepCount(4),
        // Real providers retry inside withRetries (only before the first token); a second layer would multiply them.
        maxRetries: 0,
      });
      // After its retries a failing provider ends the reply honestly and hands the conversation to a person.
      const modelStream = toUIMessageStream<ToolSet, ShopkeeperMessage>({ stream: result.stream, sendStart: false });
      writer.merge(
        endHonestlyOnFailure(modelStream.pipeThrough(hideToolTraces()), async (partial) => {
          outcome = "error";
          effects.handoff = { reason: "model_failure", facts: { skill: skill.id } };
          const { card, message } = await handoffCard(env, language);
          return [card, ...textChunks("model-failure", `${say.modelFailed(partial)} ${message}`)];
        }),
      );
    },
    onError: (error) => {
      outcome = "error";
      console.error("turn failed", error);
      return say.failed;
    },
    onEnd: () => settle(outcome),
  });
  const turn: Turn = {
    route: routing.route,
    confidence: routing.confidence,
    language,
    stream,
    outcome: settled,
    effects,
  };
  return turn;
}
