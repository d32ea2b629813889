import { tool } from "ai";
import { z } from "zod";
import type { ReturnStatus } from "../../../db/schema";
import type { RefundMethod } from "../../returns/policy";
import { listReturns, type ReturnRecord } from "../../returns/store";
import { normalizeOrderName } from "../order-tracking/select-order";
import type { SkillContext } from "../types";
import { askToSignIn } from "./check-tool";
import { returnsMessages } from "./messages";
import { returnsSetup } from "./setup";

export type ReturnSummary = {
  rmaNumber: string;
  orderName: string;
  status: ReturnStatus;
  items: { title: string; quantity: number }[];
  refundMethod: RefundMethod;
  createdAt: number;
  updatedAt: number;
  expectedRefundAt?: number;
};

export type StatusOutput =
  | { returns: ReturnSummary[] }
  | { error: "no_returns"; refundBusinessDays: number }
  | { error: "not_signed_in" };

const summary = (r: ReturnRecord): ReturnSummary => ({
  rmaNumber: r.rmaNumber,
  orderName: r.orderName,
  status: r.status,
  items: r.items.map((item) => ({ title: item.title, quantity: item.quantity })),
  refundMethod: r.refundMethod,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  expectedRefundAt: r.expectedRefundAt,
});

/** The signed-in shopper's returns (optionally one order's or one RMA's), newest first, with refund dates. */
export function returnStatusTool(ctx: SkillContext) {
  return tool({
    description:
      "Status of the signed-in shopper's returns: requested, approved, received, refunded or rejected, and the " +
      "expected refund date. Pass the order number or RMA number if the shopper gave one.",
    inputSchema: z.object({
      orderName: z.string().max(40).optional(),
      rmaNumber: z.string().max(40).optional(),
    }),
    execute: async ({ orderName, rmaNumber }): Promise<StatusOutput> => {
      if (!ctx.shopper) return askToSignIn(ctx, returnsMessages[ctx.language].signInStatus);
      const all = await listReturns(ctx.env.DB, ctx.shopper.customerId);
      const name = normalizeOrderName(orderName);
      const rma = rmaNumber?.trim().toUpperCase();
      const chosen = all.filter((r) => (!name || r.orderName === name) && (!rma || r.rmaNumber === rma));
      if (chosen.length === 0) {
        const { settings } = await returnsSetup(ctx);
        return { error: "no_returns", refundBusinessDays: settings.policy.refundBusinessDays };
      }
      return { returns: chosen.slice(0, 5).map(summary) };
    },
  });
}
