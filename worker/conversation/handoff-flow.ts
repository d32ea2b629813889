import type { UIMessageChunk } from "ai";
import { isSkill } from "../agent/router/follow-up";
import type { TurnEffects } from "../agent/turn";
import type { Shopper } from "../auth/identity";
import type { AppEnv } from "../bindings";
import { emailSenderFor } from "../email";
import { handoffEmail } from "../handoff/email";
import { deliverPendingHandoffs, recordHandoff, retryDelayMs } from "../handoff/outbox";
import { buildHandoffPacket, type HandoffPacket } from "../handoff/packet";
import { handoffSettings } from "../handoff/settings";
import type { Language, RouteId } from "../protocol";
import { findSkill } from "../skills";
import type { ConversationMeta, ConversationStore } from "./store";

/** How much of the conversation the person gets in the packet (the full history stays in the console). */
const TRANSCRIPT_LIMIT = 50;

/**
 * The reply while a person owns the conversation (`human`): the message is kept for them, the agent says nothing.
 * It is still a complete, stored reply, so retries and restores behave as for any other turn.
 */
export function silentReplyChunks(replyId: string): UIMessageChunk[] {
  return [
    { type: "start", messageId: replyId, messageMetadata: { skill: "handoff", createdAt: new Date().toISOString() } },
    { type: "finish" },
  ];
}

type HandoffStart = {
  env: AppEnv;
  store: ConversationStore;
  meta: ConversationMeta;
  shopper: Shopper | null;
  language: Language;
  /** The skill the shopper was talking to when the handoff happened, if any. */
  topic?: RouteId;
  handoff: NonNullable<TurnEffects["handoff"]>;
};

/**
 * `ai → pending_human` (DESIGN §3.8): store the packet in D1 first — it is the merchant's record — then the caller
 * delivers it. A conversation already waiting for a person does not open a second handoff.
 */
export async function startHandoff(input: HandoffStart): Promise<HandoffPacket | null> {
  if (input.meta.status === "pending_human" || input.meta.status === "human") return null;
  input.store.setMeta({ status: "pending_human" });
  const facts = { ...(await skillFacts(input)), ...input.handoff.facts };
  const packet = buildHandoffPacket({
    conversationId: input.meta.id,
    channel: input.meta.channel,
    reason: input.handoff.reason,
    language: input.language,
    shopper: input.shopper,
    lastTopic: input.topic,
    facts,
    history: input.store.recentMessages(TRANSCRIPT_LIMIT),
  });
  await recordHandoff(input.env, packet);
  return packet;
}

/** Email is a convenience beside the stored packet and the webhook: its failure is logged, never fatal. */
export async function emailTheTeam(env: AppEnv, packet: HandoffPacket) {
  const { email } = await handoffSettings(env.DB);
  const sender = email ? emailSenderFor(env) : null;
  if (!email || !sender) return;
  try {
    await sender.send(handoffEmail(packet, email));
  } catch (error) {
    console.error("could not email the handoff", error);
  }
}

/** What the skill the shopper was on had verified, for the person (see SkillDefinition.handoffContext). */
async function skillFacts(input: HandoffStart): Promise<Record<string, unknown>> {
  if (!isSkill(input.topic) || !input.shopper) return {};
  const skill = findSkill(input.topic);
  return skill.handoffContext ? skill.handoffContext(input.env, input.meta.id, input.shopper) : {};
}

/** One delivery round; schedules the conversation's alarm for the next retry when something is still pending. */
export async function deliverHandoffs(env: AppEnv, storage: DurableObjectStorage, conversationId: string) {
  const retryAttempt = await deliverPendingHandoffs(env, conversationId);
  if (retryAttempt !== null) await storage.setAlarm(Date.now() + retryDelayMs(retryAttempt));
}
