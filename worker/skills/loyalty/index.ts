import { formatMoney } from "../../i18n/format";
import { extractAnswer } from "../general-qa/extract-answer";
import { type SearchOutput, searchKnowledgeTool } from "../general-qa/search-tool";
import { commerceBackend, loyaltyProgramme } from "../prerequisites";
import type { SkillContext, SkillDefinition } from "../types";
import { type LoyaltyOutput, loyaltyTool } from "./lookup-tool";
import { loyaltyMessages } from "./messages";

const number = (value: number, ctx: SkillContext) => new Intl.NumberFormat(ctx.language).format(value);

function composeBalance(output: LoyaltyOutput, ctx: SkillContext): string {
  const t = loyaltyMessages[ctx.language];
  if ("error" in output) return t.noAccount;
  const lines = [t.balance(number(output.points, ctx), output.tier)];
  lines.push(output.nextTier ? t.toNext(number(output.nextTier.pointsNeeded, ctx), output.nextTier.name) : t.top);
  const best = output.redeemableEuros[0];
  lines.push(
    best
      ? t.canRedeem(formatMoney({ amount: best, currency: "EUR" }, ctx.language))
      : t.notYet(number(500 - output.points, ctx)),
  );
  return lines.join(" ");
}

/** Programme questions are public (answered from the knowledge base); the balance needs sign-in. */
function composeProgramme(output: SearchOutput | undefined, ctx: SkillContext): string {
  const t = loyaltyMessages[ctx.language];
  const passage = output && "passages" in output ? output.passages[0] : undefined;
  return passage ? `${extractAnswer(ctx.text, passage)} ${t.signInForBalance}` : `${t.noAccount} ${t.signInForBalance}`;
}

export const loyalty: SkillDefinition = {
  id: "loyalty",
  name: "Loyalty",
  category: "post-purchase",
  // DESIGN §4: "always (programme questions: never)" — the balance is gated inside the skill, not at the door.
  login: "partial",
  overview: "Points balance, tier, progress to the next tier and rewards; programme questions without sign-in.",
  whenToUse: "The shopper asks about points, tiers, rewards or the loyalty programme.",
  howToRespond:
    "Signed in: call loyaltyAccount and give the balance, tier, the points to the next tier and what can be redeemed. " +
    "Anonymous: answer how the programme works from searchKnowledge and invite them to sign in for their balance.",
  prerequisites: [commerceBackend, loyaltyProgramme],
  policyTopic: "loyalty points rewards",
  cards: ["loyalty"],
  channels: ["web", "sms", "whatsapp", "email"],
  runtime: {
    tools: (ctx) => ({ loyaltyAccount: loyaltyTool(ctx), searchKnowledge: searchKnowledgeTool(ctx) }),
    script: (ctx) => ({
      plan: () =>
        ctx.shopper
          ? [{ toolName: "loyaltyAccount", input: {} }]
          : [
              { toolName: "searchKnowledge", input: { query: ctx.text } },
              { toolName: "loyaltyAccount", input: {} },
            ],
      compose: (results) =>
        ctx.shopper
          ? composeBalance(results.loyaltyAccount as LoyaltyOutput, ctx)
          : composeProgramme(results.searchKnowledge as SearchOutput | undefined, ctx),
    }),
  },
};
