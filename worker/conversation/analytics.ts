import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { conversations, skillEvents } from "../../db/schema";
import type { RouteId } from "../protocol";
import type { ConversationMeta } from "./store";

export type TurnRecord = {
  messageId: string;
  route: RouteId;
  confidence: number;
  outcome: string;
  language: string;
  latencyMs: number;
  customerId?: string;
  messageCount: number;
  question: string;
};

/** Enough of the question to see what shoppers ask, not whole pasted essays. */
const QUESTION_LIMIT = 200;

/**
 * Updates the conversation's index row and appends the turn's analytics event (DESIGN §3.7). Analytics must never
 * break a conversation, so failures are logged, not thrown.
 */
export async function recordTurn(d1: D1Database, meta: ConversationMeta, turn: TurnRecord, now = Date.now()) {
  const db = drizzle(d1);
  try {
    await db.batch([
      db
        .insert(conversations)
        .values({
          id: meta.id,
          channel: meta.channel,
          customerId: turn.customerId ?? null,
          locale: meta.locale,
          status: meta.status,
          lastSkill: turn.route,
          messageCount: turn.messageCount,
          createdAt: meta.createdAt,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: conversations.id,
          set: {
            customerId: turn.customerId ?? null,
            status: meta.status,
            lastSkill: turn.route,
            messageCount: turn.messageCount,
            updatedAt: now,
          },
        }),
      db.insert(skillEvents).values({
        conversationId: meta.id,
        messageId: turn.messageId,
        route: turn.route,
        confidence: turn.confidence,
        outcome: turn.outcome,
        language: turn.language,
        latencyMs: turn.latencyMs,
        question: turn.question.slice(0, QUESTION_LIMIT),
        createdAt: now,
      }),
    ]);
  } catch (error) {
    console.error("could not record turn analytics", error);
  }
}

/** Keeps the console's index row in step when a person changes the conversation's state. */
export async function recordStatus(d1: D1Database, id: string, status: ConversationMeta["status"], now = Date.now()) {
  try {
    await drizzle(d1).update(conversations).set({ status, updatedAt: now }).where(eq(conversations.id, id));
  } catch (error) {
    console.error("could not record conversation status", error);
  }
}
