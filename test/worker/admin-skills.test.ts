import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, sendChat, startConversation } from "../helpers/worker-client";

const ADMIN = { authorization: "Bearer dev-admin-token", "content-type": "application/json" };
const admin = (path: string, init: RequestInit = {}) => call(`/admin/api${path}`, { ...init, headers: ADMIN });

type SkillRow = {
  id: string;
  name: string;
  status: string;
  reason?: string;
  volume: number;
  resolutionRate: number;
  handoffRate: number;
  abandonRate: number;
};

describe("skills console API", () => {
  it("lists all eight skills with computed status and per-skill volume, resolution and handoff rates", async () => {
    const alice = await startConversation({ as: "alice" });
    await sendChat(alice, "Where is my order #1003?");
    await sendChat(alice, "and #1001?");
    const anonymous = await startConversation();
    await sendChat(anonymous, "where is my order?");

    const res = await admin("/skills");
    expect(res.status).toBe(200);
    const { skills } = await res.json<{ skills: SkillRow[] }>();
    expect(skills.map((s) => s.id)).toEqual([
      "returns",
      "order_tracking",
      "order_modification",
      "subscriptions",
      "loyalty",
      "discounts",
      "general_qa",
      "product_recommendations",
    ]);
    const tracking = skills.find((s) => s.id === "order_tracking")!;
    expect(tracking).toMatchObject({ name: "Order tracking", status: "live", volume: 3 });
    expect(tracking.resolutionRate).toBeCloseTo(2 / 3, 2);
    expect(tracking.handoffRate).toBe(0);
    // The anonymous shopper was asked to sign in and left: an abandoned turn.
    expect(tracking.abandonRate).toBeCloseTo(1 / 3, 2);
  });

  it("gives one skill's details: metadata, prerequisites, volume over time and recent shopper questions", async () => {
    const carol = await startConversation({ as: "carol" });
    await sendChat(carol, "How many loyalty points do I have?");
    const res = await admin("/skills/loyalty?days=7");
    const detail = await res.json<any>();
    expect(detail).toMatchObject({ id: "loyalty", name: "Loyalty", status: "live", login: "partial", days: 7 });
    expect(detail.prerequisites.every((p: { holds: boolean }) => p.holds)).toBe(true);
    expect(detail.tools).toEqual(["loyaltyAccount", "searchKnowledge"]);
    expect(detail.volumeOverTime).toHaveLength(7);
    expect(detail.volumeOverTime.at(-1).volume).toBeGreaterThanOrEqual(1);
    expect(detail.outcomes).toEqual({ resolved: 1, handoff: 0, abandoned: 0, continued: 0 });
    expect(detail.recentQuestions[0]).toMatchObject({
      question: "How many loyalty points do I have?",
      outcome: "answered",
    });
  });

  it("reports an unavailable skill with the exact missing prerequisite", async () => {
    const { skillStatus, findSkill } = await import("../../worker/skills");
    const withoutDb = { ...env, DB: undefined } as unknown as typeof env;
    expect(await skillStatus(findSkill("order_tracking"), withoutDb)).toEqual({
      status: "unavailable",
      missing: ["Requires a commerce backend (the demo store or a connected Shopify store)"],
    });
  });

  it("records a skill request and rejects an empty one", async () => {
    const created = await admin("/skill-requests", {
      method: "POST",
      body: JSON.stringify({ description: "Gift wrapping requests" }),
    });
    expect(created.status).toBe(201);
    const list = await (await admin("/skill-requests")).json<{ requests: { description: string }[] }>();
    expect(list.requests.map((r) => r.description)).toContain("Gift wrapping requests");
    const empty = await admin("/skill-requests", { method: "POST", body: JSON.stringify({ description: "" }) });
    expect(empty.status).toBe(400);
    expect((await empty.json<any>()).error.code).toBe("bad_request:skill_request");
  });

  it("refuses without the admin token and 404s an unknown skill", async () => {
    expect((await call("/admin/api/skills")).status).toBe(401);
    expect((await admin("/skills/teleportation")).status).toBe(404);
    expect((await admin("/skills?days=0")).status).toBe(400);
  });

  // Last: it removes content the other tests rely on.
  it("turns a skill unavailable, saying exactly what is missing, when its knowledge-base topic is deleted", async () => {
    const { documents } = await (await admin("/kb/documents")).json<{ documents: { id: string; title: string }[] }>();
    const loyaltyArticles = documents.filter((d) => /loyal|fidélité|lojaln/i.test(d.title));
    expect(loyaltyArticles.length).toBeGreaterThanOrEqual(3);
    for (const doc of loyaltyArticles)
      expect((await admin(`/kb/documents/${doc.id}`, { method: "DELETE" })).ok).toBe(true);
    const { skills } = await (await admin("/skills")).json<{ skills: SkillRow[] }>();
    expect(skills.find((s) => s.id === "loyalty")).toMatchObject({
      status: "unavailable",
      reason: "Requires the loyalty programme in the knowledge base (add or restore that help-centre article)",
    });
    expect(skills.find((s) => s.id === "order_tracking")?.status).toBe("live");
  });
});
