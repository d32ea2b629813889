import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, sendChat, startConversation } from "../../helpers/worker-client";

const ADMIN = { authorization: "Bearer dev-admin-token", "content-type": "application/json" };
const admin = (path: string, init: RequestInit = {}) => call(`/admin/api${path}`, { ...init, headers: ADMIN });
const form = (fields: Record<string, string>): RequestInit => ({
  method: "POST",
  redirect: "manual",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/** Books a return through the portal exactly as a shopper would; returns its RMA number. */
async function bookReturn(reference: string, proof: string, reason = "too_large") {
  const found = await call("/returns/lookup", form({ reference, proof }));
  const token = new URL(found.headers.get("location")!).searchParams.get("token")!;
  const page = await (await call(`/returns?token=${token}`)).text();
  const line = page.match(/name="qty_([^"]+)"/)![1]!;
  const done = await call(
    "/returns/confirm",
    form({ token, [`qty_${line}`]: "1", [`reason_${line}`]: reason, refund: "store_credit", method: "drop_off" }),
  );
  return new URL(done.headers.get("location")!).searchParams.get("rma")!;
}

const outboxSubjects = async () =>
  (await env.DB.prepare("SELECT subject FROM email_outbox ORDER BY created_at").all<{ subject: string }>()).results.map(
    (r) => r.subject,
  );

describe("returns desk", () => {
  it("moves a return through its life, emailing the shopper in their language, and refuses a step back", async () => {
    const rma = await bookReturn("#2001", "bartek@example.com");
    const { returns } = await (await admin(`/returns?order=%232001`)).json<{ returns: any[] }>();
    const booked = returns.find((r) => r.rmaNumber === rma);
    expect(booked).toMatchObject({ status: "requested", nextStatuses: ["approved", "rejected"] });

    const approved = await admin(`/returns/${booked.id}`, {
      method: "PATCH",
      body: JSON.stringify({ status: "approved" }),
    });
    expect(await approved.json()).toMatchObject({ return: { status: "approved" }, emailed: true });
    const received = await (
      await admin(`/returns/${booked.id}`, { method: "PATCH", body: JSON.stringify({ status: "received" }) })
    ).json<any>();
    expect(received.return.expectedRefundAt).toBeTruthy();
    expect(await outboxSubjects()).toContain(`Aktualizacja zwrotu ${rma}`);

    const back = await admin(`/returns/${booked.id}`, {
      method: "PATCH",
      body: JSON.stringify({ status: "approved" }),
    });
    expect(back.status).toBe(409);
    expect((await back.json<any>()).error.message).toBe(
      "A received return cannot become approved; it can become refunded.",
    );
    const refunded = await admin(`/returns/${booked.id}`, {
      method: "PATCH",
      body: JSON.stringify({ status: "refunded" }),
    });
    expect(refunded.status).toBe(200);
  });

  it("lists with filters and exports CSV a spreadsheet opens safely", async () => {
    const rma = await bookReturn("#1001", "alice@example.com");
    const requested = await (await admin("/returns?status=requested")).json<{ returns: { rmaNumber: string }[] }>();
    expect(requested.returns.map((r) => r.rmaNumber)).toContain(rma);
    const csv = await admin("/returns?format=csv&status=requested");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, ...rows] = (await csv.text()).trim().split("\r\n");
    expect(header).toBe(
      "rma,order,customer,status,items,reasons,refund_method,return_method,price,currency,created_at,updated_at",
    );
    expect(rows.find((r) => r.startsWith(`"${rma}"`))).toMatch(
      /"#1001","cust_alice","requested","Linen Shirt x1","too_large","store_credit","drop_off","3.95","EUR"/,
    );
    expect((await admin("/returns?status=lost")).status).toBe(400);
  });

  it("reports return rate, top reasons, most-returned products and refund methods", async () => {
    await bookReturn("#1005", "alice@example.com", "defective");
    const analytics = await (await admin("/returns/analytics?days=90")).json<any>();
    expect(analytics.ordersPlaced).toBeGreaterThan(0);
    expect(analytics.returnRate).toBeGreaterThan(0);
    expect(analytics.returnRate).toBeLessThanOrEqual(1);
    expect(analytics.topReasons.map((r: any) => r.reason)).toContain("defective");
    expect(analytics.mostReturned.map((p: any) => p.title)).toContain("Cashmere-Blend Sweater");
    expect(analytics.refundMethods.store_credit).toBeGreaterThanOrEqual(1);
  });

  it("shows the merchant every verdict the agent gave, with its full trace", async () => {
    const alice = await startConversation({ as: "alice" });
    await sendChat(alice, "Can I return order #1002?");
    const { checks } = await (await admin(`/returns/checks?conversation=${alice.conversationId}`)).json<any>();
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ orderName: "#1002", eligible: false, reason: "window_expired" });
    expect(checks[0].verdict.trace).toContainEqual(expect.objectContaining({ rule: "window", outcome: "fail" }));
  });

  it("refuses without the admin token", async () => {
    expect((await call("/admin/api/returns")).status).toBe(401);
  });
});

describe("merchant settings", () => {
  it("validates on write, applies at once and resets to the default", async () => {
    const bad = await admin("/settings/returns.window_days", { method: "PUT", body: JSON.stringify({ value: -3 }) });
    expect(bad.status).toBe(400);
    expect((await bad.json<any>()).error.message).toBe("That is not a valid value for 'returns.window_days'.");
    expect(
      (await admin("/settings/returns.colour", { method: "PUT", body: JSON.stringify({ value: 1 }) })).status,
    ).toBe(404);

    const set = await admin("/settings/returns.window_days", { method: "PUT", body: JSON.stringify({ value: 5 }) });
    expect(set.status).toBe(200);
    const found = await call("/returns/lookup", form({ reference: "#1001", proof: "75011" }));
    const token = new URL(found.headers.get("location")!).searchParams.get("token")!;
    expect(await (await call(`/returns?token=${token}`)).text()).toContain("Nothing in this order can be returned.");

    expect((await admin("/settings/returns.window_days", { method: "DELETE" })).status).toBe(204);
    expect(await (await call(`/returns?token=${token}`)).text()).not.toContain(
      "Nothing in this order can be returned.",
    );
    const all = await (await admin("/settings")).json<{ keys: string[] }>();
    expect(all.keys).toEqual(expect.arrayContaining(["widget.color", "handoff.hours", "returns.address"]));
  });

  it("warns the merchant when the help centre contradicts the return window actually applied", async () => {
    const clean = await (await admin("/kb/conflicts")).json<{ conflicts: unknown[] }>();
    expect(clean.conflicts).toEqual([]);
    await admin("/settings/returns.window_days", { method: "PUT", body: JSON.stringify({ value: 14 }) });
    try {
      const { conflicts } = await (await admin("/kb/conflicts")).json<{ conflicts: any[] }>();
      const window = conflicts.find((c) => c.fact === "return_window_days");
      expect(window.values).toContainEqual({ value: "14", chunkIds: [], setting: "returns.window_days" });
      expect(window.values.find((v: any) => v.value === "30").chunkIds.length).toBeGreaterThan(0);
    } finally {
      await admin("/settings/returns.window_days", { method: "DELETE" });
    }
  });
});
