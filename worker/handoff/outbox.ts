import { and, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { handoffs } from "../../db/schema";
import type { AppEnv } from "../bindings";
import type { HandoffPacket } from "./packet";
import { handoffSettings } from "./settings";
import { postSignedEvent } from "./webhook";

/** After this many failed deliveries the packet stays in the admin inbox only, marked failed with the last error. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/** Wait before retry n (1-based): 30 s, 2 min, 8 min, 32 min. */
export const retryDelayMs = (attempt: number) => 30_000 * 4 ** (attempt - 1);

/** Stores the packet first (it is the merchant's record even if delivery fails), then delivery is attempted. */
export async function recordHandoff(env: AppEnv, packet: HandoffPacket, now = Date.now()): Promise<void> {
  const { webhookUrl } = await handoffSettings(env.DB);
  await drizzle(env.DB)
    .insert(handoffs)
    .values({
      id: packet.id,
      conversationId: packet.conversationId,
      reason: packet.reason,
      language: packet.language,
      summary: packet.summary,
      packet,
      delivery: webhookUrl ? "pending" : "none",
      createdAt: now,
    });
}

/**
 * Tries every undelivered packet of one conversation once. Returns the attempt number of the earliest packet that
 * still needs a retry, or null when nothing is left to do.
 */
export async function deliverPendingHandoffs(env: AppEnv, conversationId: string, now = Date.now()) {
  const db = drizzle(env.DB);
  const pending = await db
    .select()
    .from(handoffs)
    .where(and(eq(handoffs.conversationId, conversationId), eq(handoffs.delivery, "pending")));
  if (pending.length === 0) return null;
  const { webhookUrl } = await handoffSettings(env.DB);
  const secret = env.HANDOFF_WEBHOOK_SECRET;
  let retryAttempt: number | null = null;
  for (const row of pending) {
    const result =
      webhookUrl && secret
        ? await postSignedEvent(webhookUrl, secret, { type: "handoff.created", data: row.packet }, now)
        : { ok: false as const, error: webhookUrl ? "HANDOFF_WEBHOOK_SECRET is not set" : "no webhook configured" };
    const attempts = row.attempts + 1;
    const delivery = result.ok ? "delivered" : attempts >= MAX_DELIVERY_ATTEMPTS ? "failed" : "pending";
    await db
      .update(handoffs)
      .set({
        attempts,
        delivery,
        lastError: result.ok ? null : result.error,
        deliveredAt: result.ok ? now : null,
      })
      .where(eq(handoffs.id, row.id));
    if (delivery === "pending") retryAttempt = Math.min(retryAttempt ?? attempts, attempts);
  }
  return retryAttempt;
}
