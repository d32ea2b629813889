import { describe, expect, it } from "vitest";
import { call, freshIp, sendChat, startConversation } from "../helpers/worker-client";

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, code: body.error.code, message: body.error.message };
}

const json = (body: unknown, token?: string): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

describe("web chat API", () => {
  it("answers the health check", async () => {
    const res = await call("/healthz");
    expect(res.status).toBe(200);
  });

  it("creates a conversation with an unguessable id and an expiring token", async () => {
    const res = await call("/v1/conversations", json({ locale: "fr-FR" }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { conversationId: string; token: string; expiresAt: string };
    expect(body.conversationId).toMatch(/^conv_[0-9a-f]{32}$/);
    expect(body.token.split(".")).toHaveLength(3);
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    const snapshot = await call(`/v1/conversations/${body.conversationId}`, {
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(await snapshot.json()).toMatchObject({ id: body.conversationId, locale: "fr", status: "ai", messages: [] });
  });

  it("explains a body that is not JSON", async () => {
    const res = await call("/v1/conversations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{nope",
    });
    expect(await errorOf(res)).toMatchObject({ status: 400, code: "bad_request:conversation" });
    const wrongType = await call("/v1/conversations", { method: "POST", body: "hello" });
    expect((await errorOf(wrongType)).status).toBe(415);
  });

  it.each([
    ["missing", undefined],
    ["forged", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb252XzEiLCJleHAiOjk5OTk5OTk5OTl9.c2lnbmF0dXJl"],
    ["garbage", "not-a-token"],
  ])("refuses a %s conversation token with 401", async (_case, token) => {
    const res = await call(
      "/v1/chat",
      json({ messages: [{ id: "x", role: "user", parts: [{ type: "text", text: "hi" }] }] }, token),
    );
    expect(await errorOf(res)).toMatchObject({ status: 401, code: "unauthorized:chat" });
  });

  it("refuses an expired conversation token with 401", async () => {
    const { issueConversationToken } = await import("../../worker/auth/conversation-token");
    const { env } = await import("cloudflare:test");
    const conversation = await startConversation();
    const old = await issueConversationToken(conversation.conversationId, env.LINK_SECRET, Date.now() - 25 * 3600_000);
    const res = await call(`/v1/conversations/${conversation.conversationId}`, {
      headers: { authorization: `Bearer ${old.token}` },
    });
    expect(res.status).toBe(401);
  });

  it("answers 404 for another conversation's id, even with a valid token", async () => {
    const mine = await startConversation();
    const theirs = await startConversation({ as: "alice" });
    await sendChat(theirs, "where is my order #1003");
    const res = await call(`/v1/conversations/${theirs.conversationId}`, {
      headers: { authorization: `Bearer ${mine.token}` },
    });
    expect(await errorOf(res)).toMatchObject({ status: 404, code: "not_found:conversation" });
    const chat = await call(
      "/v1/chat",
      json(
        { id: theirs.conversationId, messages: [{ id: "m", role: "user", parts: [{ type: "text", text: "hi" }] }] },
        mine.token,
      ),
    );
    expect(chat.status).toBe(404);
  });

  it("rejects a message above 4,000 characters with 413 and keeps the conversation usable", async () => {
    const conversation = await startConversation();
    const tooLong = await sendChat(conversation, "a".repeat(4001));
    expect(tooLong.status).toBe(413);
    expect(JSON.parse(tooLong.raw).error.code).toBe("payload_too_large:chat");
    const ok = await sendChat(conversation, "a".repeat(3990));
    expect(ok.status).toBe(200);
  });

  it("names the problem in a malformed chat body", async () => {
    const conversation = await startConversation();
    const noMessages = await call(
      "/v1/chat",
      json({ id: conversation.conversationId, messages: [] }, conversation.token),
    );
    expect(await errorOf(noMessages)).toMatchObject({ status: 400, message: expect.stringMatching(/messages/) });
    const noText = await call(
      "/v1/chat",
      json({ messages: [{ id: "m1", role: "user", parts: [] }] }, conversation.token),
    );
    expect(await errorOf(noText)).toMatchObject({ status: 400, message: expect.stringMatching(/no text/) });
  });

  it("limits requests per client address with 429 and retry-after", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 70 && !limited; i++) {
      const res = await call("/v1/conversations", json({}), ip);
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(limited).toBeDefined();
    expect(statuses.filter((s) => s === 201).length).toBe(60);
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await errorOf(limited!)).code).toBe("rate_limit:conversation");
    expect((await call("/v1/conversations", json({}), freshIp())).status).toBe(201);
  });

  it("limits messages per conversation with 429 and retry-after", async () => {
    const conversation = await startConversation();
    let limited: Awaited<ReturnType<typeof sendChat>> | undefined;
    let accepted = 0;
    for (let i = 0; i < 25 && !limited; i++) {
      const reply = await sendChat(conversation, `hello ${i}`, { ip: freshIp() });
      if (reply.status === 429) limited = reply;
      else accepted += 1;
    }
    expect(accepted).toBe(20);
    expect(limited?.headers.get("retry-after")).toBeTruthy();
    expect(JSON.parse(limited!.raw).error.code).toBe("rate_limit:chat");
  });

  it("answers unknown routes with the JSON error envelope", async () => {
    expect(await errorOf(await call("/v1/nothing-here"))).toMatchObject({ status: 404, code: "not_found:route" });
  });

  it("refuses to chat, with a clear 503, when the deployment lacks its secrets", async () => {
    const { env } = await import("cloudflare:test");
    const { app } = await import("../../worker/index");
    const res = await app.request("/v1/conversations", json({}), { ...env, LINK_SECRET: "" });
    expect(await errorOf(res)).toMatchObject({ status: 503, code: "unavailable:config" });
    const health = await app.request("/healthz", {}, { ...env, LINK_SECRET: "" });
    expect(await health.json()).toEqual({ ok: true, configured: false });
  });

  it("hides the demo routes outside demo mode", async () => {
    const { env } = await import("cloudflare:test");
    const { app } = await import("../../worker/index");
    const res = await app.request("/demo/identity", json({ customer: "alice" }), { ...env, DEMO_MODE: "false" });
    expect(res.status).toBe(404);
  });
});
