import { type Context, Hono } from "hono";
import { RETURN_STATUSES, type ReturnStatus } from "../../db/schema";
import type { AppEnv } from "../bindings";
import { emailSenderFor } from "../email";
import { ApiError, readJson } from "../http/errors";
import { requireAdmin } from "../http/require-admin";
import { normalizeLocale } from "../i18n/locale";
import { customerContact, findReturn, queryChecks, queryReturns, returnAnalytics } from "../returns/admin-queries";
import { changeStatus, NEXT_STATUSES } from "../returns/lifecycle";
import { returnsSettings } from "../returns/settings";
import { statusEmail } from "../returns/status-email";
import { toRecord } from "../returns/store";

const SURFACE = "returns";
type Ctx = Context<{ Bindings: AppEnv }>;
type Row = Awaited<ReturnType<typeof queryReturns>>[number];

const isStatus = (v: unknown): v is ReturnStatus => RETURN_STATUSES.includes(v as ReturnStatus);

function dateParam(c: Ctx, name: "from" | "to"): number | undefined {
  const value = c.req.query(name);
  if (value === undefined) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw new ApiError("bad_request", SURFACE, `'${name}' must be a date, e.g. 2026-11-01.`);
  return at;
}

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

const view = (row: Row) => {
  const record = toRecord(row);
  return {
    ...record,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    expectedRefundAt: iso(record.expectedRefundAt),
    nextStatuses: NEXT_STATUSES[row.status],
  };
};

/** RFC 4180: quote every field, double the quotes; a leading =+-@ is neutralised so spreadsheets do not run it. */
const csvField = (value: string) => `"${value.replace(/^[=+\-@]/, "'$&").replace(/"/g, '""')}"`;

function toCsv(rows: Row[]): string {
  const header = [
    "rma",
    "order",
    "customer",
    "status",
    "items",
    "reasons",
    "refund_method",
    "return_method",
    "price",
    "currency",
    "created_at",
    "updated_at",
  ];
  const lines = rows.map((r) =>
    [
      r.rmaNumber,
      r.orderName,
      r.customerId,
      r.status,
      r.items.map((i) => `${i.title} x${i.quantity}`).join("; "),
      r.items.map((i) => i.reason).join("; "),
      r.refundMethod,
      r.returnMethod,
      (r.returnPrice / 100).toFixed(2),
      r.currency,
      new Date(r.createdAt).toISOString(),
      new Date(r.updatedAt).toISOString(),
    ]
      .map(csvField)
      .join(","),
  );
  return `${[header.join(","), ...lines].join("\r\n")}\r\n`;
}

/** Tells the shopper about the change; the change stands even if the email cannot be sent (logged). */
async function notifyShopper(env: AppEnv, row: Row, status: Exclude<ReturnStatus, "requested">) {
  const contact = await customerContact(env.DB, row.customerId);
  const sender = emailSenderFor(env);
  if (!contact || !sender) return false;
  try {
    const lang = normalizeLocale(contact.locale, env.DEFAULT_LOCALE);
    await sender.send(statusEmail(lang, contact.email, toRecord(row), status));
    return true;
  } catch (error) {
    console.error("could not email the return status", error);
    return false;
  }
}

/** The merchant's returns desk (issue 6 §5): list with filters or CSV, analytics, and status changes. */
export const adminReturns = new Hono<{ Bindings: AppEnv }>()
  .use("*", requireAdmin)
  .get("/", async (c) => {
    const status = c.req.query("status");
    if (status !== undefined && !isStatus(status)) {
      throw new ApiError("bad_request", SURFACE, `'status' must be one of ${RETURN_STATUSES.join(", ")}.`);
    }
    const rows = await queryReturns(c.env.DB, {
      status,
      from: dateParam(c, "from"),
      to: dateParam(c, "to"),
      orderName: c.req.query("order"),
    });
    if (c.req.query("format") === "csv") {
      return c.body(toCsv(rows), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="returns.csv"',
      });
    }
    return c.json({ returns: rows.map(view) });
  })
  .get("/checks", async (c) => {
    const rows = await queryChecks(c.env.DB, {
      orderName: c.req.query("order"),
      conversationId: c.req.query("conversation"),
    });
    return c.json({
      checks: rows.map((row) => ({
        id: row.id,
        conversationId: row.conversationId,
        customerId: row.customerId,
        orderName: row.orderName,
        eligible: row.eligible,
        reason: row.reason,
        verdict: row.verdict,
        createdAt: new Date(row.createdAt).toISOString(),
      })),
    });
  })
  .get("/analytics", async (c) => {
    const days = Number(c.req.query("days") ?? 90);
    if (!Number.isInteger(days) || days < 1 || days > 730) {
      throw new ApiError("bad_request", SURFACE, "'days' must be a whole number from 1 to 730.");
    }
    return c.json(await returnAnalytics(c.env.DB, days));
  })
  .patch("/:id", async (c) => {
    const body = await readJson<{ status?: unknown }>(c, SURFACE);
    if (!isStatus(body?.status)) {
      throw new ApiError("bad_request", SURFACE, `'status' must be one of ${RETURN_STATUSES.join(", ")}.`);
    }
    const row = await findReturn(c.env.DB, c.req.param("id"));
    if (!row) throw new ApiError("not_found", SURFACE, "No such return.");
    const { policy } = await returnsSettings(c.env.DB);
    const change = await changeStatus(c.env.DB, row.id, row.status, body.status, policy.refundBusinessDays);
    if (!change.ok) {
      const allowed = NEXT_STATUSES[row.status];
      throw new ApiError(
        "conflict",
        SURFACE,
        `A ${row.status} return cannot become ${body.status}${allowed.length ? `; it can become ${allowed.join(" or ")}` : ""}.`,
      );
    }
    const updated = (await findReturn(c.env.DB, row.id))!;
    const emailed = body.status === "requested" ? false : await notifyShopper(c.env, updated, body.status);
    return c.json({ return: view(updated), emailed });
  });
