import { z } from "zod";
import type { Subscription } from "../../commerce/types";
import type { SkillContext } from "../types";
import type { SubscriptionRequest } from "./parse-request";
import type { PlannedSubscriptionChange } from "./plan-change";

/**
 * What the shopper is asked to confirm, stored in the conversation for one turn: the subscription's id and the exact
 * action with its verified parameters (a pause length, a rhythm) — never the shopper's free text.
 */
type ChangeAction = PlannedSubscriptionChange["action"];

const ACTION_NAMES: Record<ChangeAction, string> = {
  pause: "pause_subscription",
  skip: "skip_subscription_delivery",
  frequency: "change_subscription_frequency",
  resume: "resume_subscription",
  cancel: "cancel_subscription",
};

const proposalInput = z.object({
  subscriptionId: z.string(),
  product: z.string(),
  action: z.enum(["pause", "skip", "frequency", "resume", "cancel"]),
  pauseFor: z.object({ unit: z.enum(["day", "week", "month"]), count: z.number().int() }).optional(),
  every: z.object({ unit: z.enum(["week", "month"]), count: z.number().int() }).optional(),
});

export type ConfirmedSubscriptionChange = z.infer<typeof proposalInput> &
  Pick<SubscriptionRequest, "pauseFor" | "every">;

export function proposeSubscriptionChange(ctx: SkillContext, sub: Subscription, change: PlannedSubscriptionChange) {
  ctx.conversation.propose(ACTION_NAMES[change.action], {
    subscriptionId: sub.id,
    product: sub.product.title,
    action: change.action,
    ...(change.action === "pause" && { pauseFor: change.duration }),
    ...(change.action === "frequency" && { every: change.to }),
  });
}

/** The change the shopper has just said yes to, or null: nothing is written without one. */
export function confirmedSubscriptionChange(ctx: SkillContext): ConfirmedSubscriptionChange | null {
  const { pending, answer } = ctx.conversation;
  if (!pending || answer !== "yes" || !Object.values(ACTION_NAMES).includes(pending.action)) return null;
  const input = proposalInput.safeParse(pending.input);
  return input.success ? input.data : null;
}
