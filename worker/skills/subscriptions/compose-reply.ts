import { formatDate, formatList } from "../../i18n/format";
import type { ToolResults } from "../../llm/embedded";
import type { SkillContext } from "../types";
import type { ApplySubscriptionOutput } from "./apply-tool";
import { durationLabel, frequencyLabel } from "./labels";
import { type SubscriptionMessages, subscriptionMessages } from "./messages";
import type { PlannedSubscriptionChange, SubscriptionPlan } from "./plan-change";
import type { ReviewSubscriptionOutput, SubscriptionSummary } from "./review-tool";

/** The embedded model's reply for this skill, from this turn's tool results, in the shopper's language. */
type Say = { t: SubscriptionMessages; ctx: SkillContext };

const date = ({ ctx }: Say, at: number | undefined) => (at ? formatDate(at, ctx.language) : undefined);
const every = ({ ctx }: Say, frequency: SubscriptionSummary["frequency"]) => frequencyLabel(frequency, ctx.language);

function describe(say: Say, sub: SubscriptionSummary): string {
  const { t } = say;
  if (sub.status === "cancelled") return t.cancelled(sub.product);
  if (sub.status === "paused")
    return t.paused(sub.product, date(say, sub.pausedUntil) ?? "—", date(say, sub.nextChargeAt));
  return t.active(sub.product, every(say, sub.frequency), date(say, sub.nextChargeAt));
}

function proposal(say: Say, sub: SubscriptionSummary, change: PlannedSubscriptionChange): string {
  const { t, ctx } = say;
  const p = sub.product;
  switch (change.action) {
    case "pause":
      return t.proposePause(
        p,
        durationLabel(change.duration, ctx.language),
        date(say, change.until)!,
        date(say, change.nextChargeAt)!,
      );
    case "skip":
      return t.proposeSkip(p, date(say, change.skipped)!, date(say, change.nextChargeAt)!);
    case "frequency":
      return t.proposeFrequency(p, every(say, change.from), every(say, change.to), date(say, change.nextChargeAt));
    case "resume":
      return t.proposeResume(p, date(say, change.nextChargeAt)!);
    case "cancel":
      return t.proposeCancel(p, date(say, change.lastPlannedCharge));
  }
}

function done(say: Say, sub: SubscriptionSummary, change: PlannedSubscriptionChange): string {
  const { t } = say;
  const p = sub.product;
  switch (change.action) {
    case "pause":
      return t.donePause(p, date(say, change.until)!, date(say, change.nextChargeAt)!);
    case "skip":
      return t.doneSkip(p, date(say, change.nextChargeAt)!);
    case "frequency":
      return t.doneFrequency(p, every(say, change.to), date(say, sub.nextChargeAt));
    case "resume":
      return t.doneResume(p, date(say, change.nextChargeAt)!);
    case "cancel":
      return t.doneCancel(p);
  }
}

function planReply(say: Say, sub: SubscriptionSummary, plan: SubscriptionPlan): string {
  const { t, ctx } = say;
  const p = sub.product;
  if ("change" in plan) return `${proposal(say, sub, plan.change)} ${t.confirm}`;
  if ("needs" in plan)
    return plan.needs === "pause_duration" ? t.askPause(p) : t.askFrequency(p, every(say, sub.frequency));
  switch (plan.invalid) {
    case "pause_too_long":
      return t.pauseTooLong(p, durationLabel(plan.requested, ctx.language));
    case "frequency_not_allowed":
      return t.frequencyNotAllowed(every(say, plan.requested));
    case "same_frequency":
      return t.sameFrequency(p, every(say, sub.frequency));
    case "paused":
      return t.isPaused(p, date(say, sub.pausedUntil) ?? "—");
    case "not_paused":
      return t.notPaused(p);
    case "cancelled":
      return t.isCancelled(p);
    case "no_schedule":
      return t.noSchedule(p);
  }
}

function reply(say: Say, output: ReviewSubscriptionOutput | ApplySubscriptionOutput): string {
  const { t, ctx } = say;
  if ("error" in output) return output.error === "nothing_to_confirm" ? t.nothingToConfirm : t.none;
  if ("subscriptions" in output) {
    const running = output.subscriptions.some((sub) => sub.status !== "cancelled");
    return [...output.subscriptions.map((sub) => describe(say, sub)), running ? t.whatICanDo : ""].join(" ").trim();
  }
  if ("which" in output) return t.which(formatList(output.which, ctx.language));
  if ("plan" in output) return planReply(say, output.subscription, output.plan);
  if ("done" in output) return done(say, output.subscription, output.done);
  return t.failed(output.subscription.product);
}

export function composeSubscriptionReply(results: ToolResults, ctx: SkillContext): string {
  const say: Say = { t: subscriptionMessages[ctx.language], ctx };
  if (ctx.conversation.pending && ctx.conversation.answer === "no") return say.t.declined;
  const output = (results.applySubscriptionChange ?? results.reviewSubscriptions) as
    | ReviewSubscriptionOutput
    | ApplySubscriptionOutput
    | undefined;
  return output ? reply(say, output) : say.t.nothingToConfirm;
}
