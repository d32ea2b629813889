import { and, desc, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { returnChecks } from "../../db/schema";
import type { EligibilityVerdict } from "./verdict";

/** A verdict the agent showed a shopper, with the order it was about. */
export type StoredCheck = { orderId: string; orderName: string; verdict: EligibilityVerdict; createdAt: number };

/** Keeps the verdict and its full trace: the merchant's record, and what a later dispute in the chat refers to. */
export async function recordCheck(
  d1: D1Database,
  check: { conversationId: string; customerId: string; orderId: string; verdict: EligibilityVerdict },
  now = Date.now(),
): Promise<void> {
  await drizzle(d1).insert(returnChecks).values({
    conversationId: check.conversationId,
    customerId: check.customerId,
    orderId: check.orderId,
    orderName: check.verdict.orderName,
    eligible: check.verdict.eligible,
    reason: check.verdict.reason,
    verdict: check.verdict,
    createdAt: now,
  });
}

/** The newest verdict this customer was shown in this conversation, if any. */
export async function lastCheck(
  d1: D1Database,
  conversationId: string,
  customerId: string,
): Promise<StoredCheck | null> {
  const [row] = await drizzle(d1)
    .select()
    .from(returnChecks)
    .where(and(eq(returnChecks.conversationId, conversationId), eq(returnChecks.customerId, customerId)))
    .orderBy(desc(returnChecks.createdAt), desc(returnChecks.id))
    .limit(1);
  if (!row) return null;
  return {
    orderId: row.orderId,
    orderName: row.orderName,
    verdict: row.verdict as EligibilityVerdict,
    createdAt: row.createdAt,
  };
}
