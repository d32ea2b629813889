import type { SkillId } from "../protocol";
import { fold } from "./router/text";

/**
 * Confirmation before any write (issue 5): a skill that wants to change something first shows exactly what will
 * change and proposes the action; the proposal is stored in the conversation and lives for exactly one turn. Only
 * a plain "yes" on the very next message performs it — anything else (a new question, "no", silence) drops it, so
 * a stale proposal can never be confirmed by accident later.
 */
export type PendingAction = {
  skill: SkillId;
  /** The skill's own action name, e.g. "cancel_order". */
  action: string;
  /** Verified arguments the skill stored when proposing; re-checked when performed. */
  input: Record<string, unknown>;
  proposedAt: number;
};

/** A proposal older than this is ignored even on the next message (the facts may have changed). */
export const PENDING_ACTION_TTL_MS = 15 * 60 * 1000;

export type ConfirmationAnswer = "yes" | "no";

// Folded (lower case, no accents). Short messages only: "yes but where is my other order" is a new question.
const YES =
  /^(?:yes|yeah|yep|yup|sure|ok|okay|confirm|confirmed|go ahead|do it|please do|oui|ouais|d ?accord|je confirme|confirme|vas y|allez y|tak|potwierdzam|zgoda|dobrze|jasne|prosze|ja|jawohl|bestatige|genau|mach das|si|claro|confirmo|vale|de acuerdo|adelante|dale)(?: please| s il vous plait| svp| prosze| bitte| por favor| thanks| merci| dzieki| danke| gracias)?$/;
const NO =
  /^(?:no|nope|nah|don ?t|do not|never ?mind|cancel that|keep it|non|non merci|laisse|annule ca|nie|nie trzeba|zostaw|nein|lieber nicht|doch nicht|no gracias|mejor no|dejalo)(?: thanks| merci| dzieki| danke| gracias)?$/;

/** "yes" / "no" when the message answers a proposal, otherwise null. */
export function confirmationAnswer(text: string): ConfirmationAnswer | null {
  const folded = fold(text)
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/'/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (YES.test(folded)) return "yes";
  if (NO.test(folded)) return "no";
  return null;
}

/** The stored proposal if it is still fresh. */
export function livePendingAction(action: PendingAction | null | undefined, now = Date.now()): PendingAction | null {
  return action && now - action.proposedAt <= PENDING_ACTION_TTL_MS ? action : null;
}
