import { describe, expect, it, vi } from "vitest";
import type { CommerceBackend, Order, Subscription } from "../../../worker/commerce/types";
import { applyOrderChangeTool } from "../../../worker/skills/order-modification/apply-tool";
import { composeModificationReply } from "../../../worker/skills/order-modification/compose-reply";
import { applySubscriptionTool } from "../../../worker/skills/subscriptions/apply-tool";
import type { SkillContext } from "../../../worker/skills/types";

const HOUR = 60 * 60 * 1000;
const eur = (amount: number) => ({ amount, currency: "EUR" });
const order1004 = (placedAgo: number): Order => ({
  id: "ord_1004",
  name: "#1004",
  customerId: "cust_alice",
  status: "unfulfilled",
  placedAt: Date.now() - placedAgo,
  items: [
    { id: "l1", title: "Beans", variant: "Whole bean", quantity: 2, price: eur(28), finalSale: false, giftCard: false },
  ],
  total: eur(56),
  shippingCountry: "FR",
});
const cancelProposal = { orderId: "ord_1004", orderName: "#1004", kind: "cancel" };

/** A skill context over a fake backend whose writes "succeed" but — unless told otherwise — change nothing. */
function context(options: {
  orders: Order[];
  subscriptions?: Subscription[];
  pending?: { action: string; input: Record<string, unknown> };
  answer?: "yes" | "no" | null;
}) {
  const chunks: { type: string; data?: unknown }[] = [];
  const commerce = {
    listOrders: vi.fn(async () => options.orders),
    cancelOrder: vi.fn(async () => ({ ok: true }) as const),
    listSubscriptions: vi.fn(async () => options.subscriptions ?? []),
    updateSubscription: vi.fn(async () => ({ ok: true }) as const),
    listProducts: vi.fn(async () => []),
  };
  const handOff = vi.fn(async () => "A person will follow up.");
  const ctx = {
    text: "yes",
    language: "en",
    shopper: { customerId: "cust_alice", email: "alice@example.com", expiresAt: Date.now() + HOUR },
    commerce: commerce as unknown as CommerceBackend,
    writer: { write: (chunk: { type: string; data?: unknown }) => chunks.push(chunk), merge() {} },
    conversation: {
      id: "c1",
      pending: options.pending ? { skill: "order_modification", proposedAt: Date.now(), ...options.pending } : null,
      answer: options.answer ?? null,
      propose: vi.fn(),
      handOff,
    },
  } as unknown as SkillContext;
  return { ctx, chunks, commerce, handOff };
}

const run = (tool: { execute?: (...args: any[]) => unknown }) =>
  tool.execute!({}, { toolCallId: "call_1", messages: [] }) as Promise<any>;

describe("performing a confirmed change", () => {
  it("writes nothing without a yes to a stored proposal", async () => {
    const { ctx, commerce } = context({
      orders: [order1004(HOUR)],
      pending: { action: "cancel_order", input: cancelProposal },
    });
    expect(await run(applyOrderChangeTool(ctx))).toEqual({ error: "nothing_to_confirm" });
    expect(commerce.cancelOrder).not.toHaveBeenCalled();
  });

  it("checks the 2-hour window again at the moment of writing", async () => {
    const { ctx, commerce } = context({
      orders: [order1004(2 * HOUR + 60_000)],
      pending: { action: "cancel_order", input: cancelProposal },
      answer: "yes",
    });
    expect(await run(applyOrderChangeTool(ctx))).toMatchObject({ refused: "window_passed" });
    expect(commerce.cancelOrder).not.toHaveBeenCalled();
  });

  it("never says done when the order read back does not show the change, and brings in a person", async () => {
    const { ctx, chunks, commerce, handOff } = context({
      orders: [order1004(HOUR)],
      pending: { action: "cancel_order", input: cancelProposal },
      answer: "yes",
    });
    const output = await run(applyOrderChangeTool(ctx));
    expect(commerce.cancelOrder).toHaveBeenCalledWith("cust_alice", "ord_1004");
    expect(output).toMatchObject({ failed: "not_verified" });
    expect(handOff).toHaveBeenCalledWith("order_change_failed", expect.objectContaining({ orderName: "#1004" }));
    // The handoff card itself is written by the conversation hook (handOff), checked in the worker tests.
    expect(chunks.map((chunk) => chunk.type)).toEqual(["data-order"]);
    const reply = composeModificationReply({ applyOrderChange: output }, ctx);
    expect(reply).toMatch(/couldn't confirm the change to #1004, so please don't rely on it/);
    expect(reply).not.toMatch(/Done/);
  });

  it("never says a subscription changed when the re-read shows otherwise", async () => {
    const coffee: Subscription = {
      id: "sub_1",
      customerId: "cust_alice",
      product: { id: "p", title: "Coffee" },
      frequency: { unit: "month", count: 1 },
      status: "active",
      nextChargeAt: Date.now() + 12 * 24 * HOUR,
    };
    const { ctx, commerce, handOff } = context({
      orders: [],
      subscriptions: [coffee],
      pending: {
        action: "cancel_subscription",
        input: { subscriptionId: "sub_1", product: "Coffee", action: "cancel" },
      },
      answer: "yes",
    });
    expect(await run(applySubscriptionTool(ctx))).toMatchObject({ failed: "not_verified" });
    expect(commerce.updateSubscription).toHaveBeenCalledWith(
      "cust_alice",
      "sub_1",
      expect.objectContaining({ status: "cancelled" }),
    );
    expect(handOff).toHaveBeenCalled();
  });
});
