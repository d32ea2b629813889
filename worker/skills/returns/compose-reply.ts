import { formatDate, formatList } from "../../i18n/format";
import type { ToolResults } from "../../llm/embedded";
import type { Language } from "../../protocol";
import { extractAnswer } from "../general-qa/extract-answer";
import { qaMessages } from "../general-qa/messages";
import type { SearchOutput } from "../general-qa/search-tool";
import { trackingMessages } from "../order-tracking/messages";
import { methodsPhrase } from "./card";
import type { CheckOutput, OrderLookupError } from "./check-tool";
import { verdictSentences } from "./compose-verdict";
import type { DisputeOutput } from "./dispute-tool";
import type { ReturnsIntent } from "./intent";
import { returnsMessages } from "./messages";
import { isOverview } from "./policy-questions";
import type { ReturnSummary, StatusOutput } from "./status-tool";

/** The knowledge base's answer with its source, or "I don't know" — never a policy the passages do not state. */
export function policyAnswer(question: string, output: SearchOutput | undefined, language: Language): string {
  const t = qaMessages[language];
  const passages = output && "passages" in output ? output.passages : [];
  const best = passages[0];
  if (!best) return t.unknown;
  // An overview gets one sentence from each section of the article found, not two from one rule.
  if (!isOverview(question)) return `${extractAnswer(question, best)} ${t.source(best.title)}`;
  const sameArticle = passages.filter((p) => p.title === best.title);
  return `${sameArticle.map((p) => extractAnswer(question, p, 1)).join(" ")} ${t.source(best.title)}`;
}

/** Not signed in, not found, no orders — the same words order tracking uses, so both skills answer alike. */
function lookupError(output: OrderLookupError, language: Language, signIn: string): string {
  const t = trackingMessages[language];
  if (output.error === "not_signed_in") return signIn;
  if (output.error === "no_orders") return t.noOrders;
  const others = output.otherOrders.length ? ` ${t.yourOrders(formatList(output.otherOrders, language))}` : "";
  return `${t.notFound(output.orderName)}${others}`;
}

function composeCheck(output: CheckOutput, language: Language): string {
  const t = returnsMessages[language];
  if ("error" in output) return lookupError(output, language, t.signIn);
  const { verdict } = output;
  const lines: string[] = [];
  if (output.selectedBy === "most_recent_delivered") lines.push(t.picked(verdict.orderName));
  lines.push(...verdictSentences(verdict, verdict, language));
  if (verdict.eligible) {
    const free = verdict.returnMethods.some((m) => m.free);
    lines.push(free ? t.freeMethods : t.methods(methodsPhrase(verdict, language)));
    const refunds = verdict.refundMethods.map((m) => t.refundPhrase[m]);
    if (refunds.length) lines.push(t.refunds(new Intl.ListFormat(language, { type: "disjunction" }).format(refunds)));
    if (output.portal === "ready" && output.portalUrl) lines.push(t.start(output.portalUrl));
    if (output.portal === "provider_error") lines.push(t.portalDown);
    if (output.portal === "unavailable") lines.push(t.cannotStart);
  }
  if (output.handoff) lines.push(output.handoff);
  return lines.join(" ");
}

function statusLine(r: ReturnSummary, language: Language): string {
  const t = returnsMessages[language];
  const items = formatList(
    r.items.map((i) => `${i.quantity} × ${i.title}`),
    language,
  );
  const on = formatDate(r.status === "requested" ? r.createdAt : r.updatedAt, language);
  const line = t.status[r.status](r.rmaNumber, r.orderName, items, on);
  const waiting = r.status === "received" || r.status === "approved";
  return waiting && r.expectedRefundAt
    ? `${line} ${t.expectedRefund(formatDate(r.expectedRefundAt, language), t.refundPhrase[r.refundMethod])}`
    : line;
}

function composeStatus(output: StatusOutput, language: Language): string {
  const t = returnsMessages[language];
  if ("returns" in output) {
    const [first, ...rest] = output.returns;
    const others = rest.map((r) => `${r.rmaNumber} (${r.orderName})`);
    return others.length
      ? `${statusLine(first!, language)} ${t.otherReturns(formatList(others, language))}`
      : statusLine(first!, language);
  }
  return output.error === "not_signed_in" ? t.signInStatus : t.noReturns(output.refundBusinessDays);
}

function composeDispute(output: DisputeOutput, language: Language): string {
  const t = returnsMessages[language];
  if ("resolved" in output) return composeCheck(output.resolved, language);
  if ("handedOff" in output) {
    const intro = output.orderName ? t.disputeHandedOff(output.orderName) : t.disputeNoOrder;
    return `${intro} ${output.handoff}`;
  }
  return lookupError(output, language, t.signIn);
}

/**
 * The embedded model's reply. An anonymous shopper asking about their own order gets the policy from the
 * knowledge base (with its source) and the invitation to sign in — never anything from an account.
 */
export function composeReturnsReply(intent: ReturnsIntent, question: string, results: ToolResults, language: Language) {
  const search = results.searchKnowledge as SearchOutput | undefined;
  if (intent === "policy") return policyAnswer(question, search, language);
  // Anonymous: the knowledge base was asked the policy question behind theirs (see `policyQuestion`).
  const account =
    intent === "status"
      ? composeStatus(results.returnStatus as StatusOutput, language)
      : intent === "dispute"
        ? composeDispute(results.disputeReturn as DisputeOutput, language)
        : composeCheck(results.checkReturnEligibility as CheckOutput, language);
  const found = search && "passages" in search ? search.passages[0] : undefined;
  return found ? `${policyAnswer(question, search, language)} ${account}` : account;
}
