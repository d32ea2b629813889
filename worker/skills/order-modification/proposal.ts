import { z } from "zod";
import type { Order } from "../../commerce/types";
import type { SkillContext } from "../types";
import type { OrderChangeRequest } from "./parse-request";
import type { PlannedChange } from "./plan-change";
import type { RefusalReason } from "./policy";

/**
 * What this skill asks the shopper to confirm, as stored in the conversation for one turn: either an order change
 * (the exact line id, variant and quantity — never the shopper's free text) or the offer of a person after a refusal.
 */
const ACTIONS = { cancel: "cancel_order", address: "change_address", item: "change_item" } as const;
export const OFFER_PERSON = "offer_person";

const changeInput = z.object({
  orderId: z.string(),
  orderName: z.string(),
  kind: z.enum(["cancel", "address", "item"]),
  address: z.object({ address1: z.string(), postalCode: z.string(), city: z.string() }).optional(),
  item: z.string().optional(),
  variant: z.string().optional(),
  quantity: z.number().int().optional(),
});
const personInput = z.object({ orderId: z.string(), orderName: z.string(), reason: z.string() });

export type ConfirmedProposal =
  | { kind: "change"; orderId: string; orderName: string; request: OrderChangeRequest }
  | { kind: "person"; orderId: string; orderName: string; reason: string };

export function proposeChange(ctx: SkillContext, order: Order, change: PlannedChange): void {
  const exact =
    change.kind === "item"
      ? { item: change.itemId, variant: change.to.variant, quantity: change.to.quantity }
      : change.kind === "address"
        ? { address: change.to }
        : {};
  ctx.conversation.propose(ACTIONS[change.kind], {
    orderId: order.id,
    orderName: order.name,
    kind: change.kind,
    ...exact,
  });
}

export function offerPerson(ctx: SkillContext, order: Order, reason: RefusalReason): void {
  ctx.conversation.propose(OFFER_PERSON, { orderId: order.id, orderName: order.name, reason });
}

/** The proposal the shopper just said yes to, or null: nothing is ever performed without one. */
export function confirmedProposal(ctx: SkillContext): ConfirmedProposal | null {
  const { pending, answer } = ctx.conversation;
  if (!pending || answer !== "yes") return null;
  if (pending.action === OFFER_PERSON) {
    const input = personInput.safeParse(pending.input);
    return input.success ? { kind: "person", ...input.data } : null;
  }
  if (!Object.values(ACTIONS).includes(pending.action as never)) return null;
  const input = changeInput.safeParse(pending.input);
  if (!input.success) return null;
  const { orderId, orderName, ...request } = input.data;
  return { kind: "change", orderId, orderName, request };
}

/** The order name of the proposal the shopper just declined, for "nothing changed on #1004". */
export function declinedOrderName(ctx: SkillContext): string | null {
  const { pending, answer } = ctx.conversation;
  if (!pending || answer !== "no") return null;
  const name = pending.input.orderName;
  return typeof name === "string" ? name : "";
}
