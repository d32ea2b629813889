import { lastCheck } from "../../returns/checks";
import { RMA_PATTERN } from "../../returns/rma";
import { searchKnowledgeTool } from "../general-qa/search-tool";
import { orderNamesIn } from "../order-tracking/select-order";
import { commerceBackend, returnPolicy } from "../prerequisites";
import type { SkillDefinition } from "../types";
import { checkEligibilityTool } from "./check-tool";
import { composeReturnsReply } from "./compose-reply";
import { disputeReturnTool } from "./dispute-tool";
import { returnsIntent } from "./intent";
import { policyQuestion } from "./policy-questions";
import { returnsPortal } from "./prerequisite";
import { returnStatusTool } from "./status-tool";

const ACCOUNT_TOOL = {
  status: "returnStatus",
  dispute: "disputeReturn",
  eligibility: "checkReturnEligibility",
} as const;

export const returns: SkillDefinition = {
  id: "returns",
  name: "Returns & exchanges",
  category: "post-purchase",
  // DESIGN §4: "always (policy questions: never)" — account answers are gated inside the skill, not at the door.
  login: "partial",
  overview:
    "Answers return and exchange policy from the knowledge base, checks whether the shopper's order can be returned " +
    "(per item, with the reason and deadline) and links to the returns portal; tells where a return and its refund are.",
  whenToUse:
    "The shopper wants to return or exchange an item, asks for a refund or where their refund is, asks about the " +
    "return policy, or disagrees with a return decision.",
  howToRespond:
    "Policy questions: call searchKnowledge and answer only from the passages, citing them. Their own order: call " +
    "checkReturnEligibility and give the verdict's exact reason, the deadline, the return methods with prices and " +
    "the portal link from the result — never promise a return the verdict refuses; say what is still possible. " +
    "Refund or return status: call returnStatus. Disagreement, exceptions, damaged or wrong items: call disputeReturn. " +
    "Never start or process a return yourself.",
  prerequisites: [commerceBackend, returnPolicy, returnsPortal],
  policyTopic: "return policy returns refund",
  // "I want to speak to someone about this return" right after a verdict disputes it: the person gets the verdict.
  async handoffContext(env, conversationId, shopper) {
    const check = await lastCheck(env.DB, conversationId, shopper.customerId);
    if (!check) return {};
    const { trace, ...verdict } = check.verdict;
    return { order: { id: check.orderId, name: check.orderName }, verdict, trace };
  },
  cards: ["order", "return"],
  channels: ["web", "sms", "whatsapp", "email"],
  runtime: {
    tools: (ctx) => ({
      searchKnowledge: searchKnowledgeTool(ctx),
      checkReturnEligibility: checkEligibilityTool(ctx),
      returnStatus: returnStatusTool(ctx),
      disputeReturn: disputeReturnTool(ctx),
    }),
    script: (ctx) => {
      const intent = returnsIntent(ctx.text);
      const orderName = orderNamesIn(ctx.text)[0];
      const words = ctx.text.slice(0, 200);
      const question = policyQuestion(intent, ctx.text, ctx.language);
      return {
        plan: () => {
          const search = { toolName: "searchKnowledge", input: { query: question } };
          if (intent === "policy") return [search];
          const input =
            intent === "status"
              ? { orderName, rmaNumber: ctx.text.match(RMA_PATTERN)?.[0] }
              : intent === "dispute"
                ? { orderName, what: ctx.text.slice(0, 300) }
                : { orderName, item: words };
          const account = { toolName: ACCOUNT_TOOL[intent], input };
          // Anonymous: the policy from the knowledge base, and the sign-in card instead of any account data.
          return ctx.shopper ? [account] : [search, account];
        },
        compose: (results) => composeReturnsReply(intent, question, results, ctx.language),
      };
    },
  },
};
