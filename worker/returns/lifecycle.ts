import { and, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { type ReturnStatus, returns } from "../../db/schema";
import { addBusinessDays } from "./business-days";

/**
 * A return's life (issue 6 §5): requested → approved → received → refunded, or rejected before it is received.
 * Each allowed next status; anything else is refused, so a refunded return cannot be "approved" again by mistake.
 */
export const NEXT_STATUSES: Record<ReturnStatus, ReturnStatus[]> = {
  requested: ["approved", "rejected"],
  approved: ["received", "rejected"],
  received: ["refunded"],
  refunded: [],
  rejected: [],
};

export const canMove = (from: ReturnStatus, to: ReturnStatus) => NEXT_STATUSES[from].includes(to);

export type StatusChange = { ok: true; expectedRefundAt?: number } | { ok: false; from: ReturnStatus };

/**
 * Moves one return to `to` if allowed, in one conditional UPDATE (a concurrent change cannot be overwritten).
 * Receiving the parcel starts the refund clock: the expected refund date is set then.
 */
export async function changeStatus(
  d1: D1Database,
  id: string,
  from: ReturnStatus,
  to: ReturnStatus,
  refundBusinessDays: number,
  now = Date.now(),
): Promise<StatusChange> {
  if (!canMove(from, to)) return { ok: false, from };
  const expectedRefundAt = to === "received" ? addBusinessDays(now, refundBusinessDays) : undefined;
  const updated = await drizzle(d1)
    .update(returns)
    .set({ status: to, updatedAt: now, ...(expectedRefundAt ? { expectedRefundAt } : {}) })
    .where(and(eq(returns.id, id), eq(returns.status, from)))
    .returning({ status: returns.status });
  return updated.length ? { ok: true, expectedRefundAt } : { ok: false, from };
}
