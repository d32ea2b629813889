import type { Order } from "../../commerce/types";
import { checkOrder } from "../../returns/check-order";
import { recordCheck } from "../../returns/checks";
import type { ItemCondition } from "../../returns/policy";
import type { EligibilityVerdict } from "../../returns/verdict";
import type { SkillContext } from "../types";
import { returnCard } from "./card";
import { returnsSetup } from "./setup";

/** The verdict as the model sees it: no trace (that is the merchant's), plus what the reply needs to explain it. */
export type VerdictFacts = Omit<EligibilityVerdict, "trace"> & { country: string; windowDays: number };

export type Presented = {
  verdict: EligibilityVerdict;
  facts: VerdictFacts;
  /** `unavailable`: no returns provider and no usable built-in portal; `provider_error`: the portal did not answer. */
  portal: "ready" | "provider_error" | "unavailable" | "not_needed";
  portalUrl?: string;
  exchangeUrl?: string;
  missing?: string;
};

/** The order facts a handoff packet carries about a verdict (DESIGN §3.8: verified facts only). */
export function handoffFacts(order: Order, verdict: EligibilityVerdict) {
  const { trace, ...rest } = verdict;
  return {
    order: { id: order.id, name: order.name, status: order.status, shippingCountry: order.shippingCountry },
    verdict: rest,
    trace,
  };
}

async function portalFor(ctx: SkillContext, order: Order, verdict: EligibilityVerdict) {
  if (!verdict.eligible || !ctx.shopper) return { portal: "not_needed" as const };
  const { provider } = await returnsSetup(ctx);
  if (!provider.ok) return { portal: "unavailable" as const, missing: provider.missing };
  const link = await provider.provider.portalLink({
    order: { id: order.id, name: order.name, postalCode: order.shippingAddress?.postalCode },
    customer: { id: ctx.shopper.customerId, email: ctx.shopper.email },
  });
  if (!link.ok) {
    console.warn(`returns portal link failed (${provider.provider.id}): ${link.detail}`);
    return { portal: "provider_error" as const };
  }
  return { portal: "ready" as const, portalUrl: link.url, exchangeUrl: link.exchangeUrl ?? link.url };
}

/**
 * Checks one of the signed-in shopper's own orders (the caller selected it from their order list), keeps the
 * verdict with its trace, and mints the portal link when something can be returned.
 */
export async function evaluateOrder(ctx: SkillContext, order: Order, condition?: ItemCondition): Promise<Presented> {
  const { settings } = await returnsSetup(ctx);
  const verdict = await checkOrder(
    { db: ctx.env.DB, commerce: ctx.commerce, policy: settings.policy },
    order,
    condition,
  );
  const portal = await portalFor(ctx, order, verdict);
  if (ctx.shopper) {
    await recordCheck(ctx.env.DB, {
      conversationId: ctx.conversation.id,
      customerId: ctx.shopper.customerId,
      orderId: order.id,
      verdict,
    });
  }
  const { trace: _trace, ...facts } = verdict;
  const context = { country: order.shippingCountry, windowDays: settings.policy.windowDays };
  return { verdict, facts: { ...facts, ...context }, ...portal };
}

/** Writes the `data-return` card from the verdict — the model never writes one. */
export function showVerdict(ctx: SkillContext, shown: Presented): void {
  ctx.writer.write({
    type: "data-return",
    id: `return-${shown.verdict.orderName}`,
    data: returnCard(shown.verdict, {
      ...shown.facts,
      language: ctx.language,
      portalUrl: shown.portalUrl,
      exchangeUrl: shown.exchangeUrl,
    }),
  });
}
