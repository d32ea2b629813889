import { env, evictDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, identityToken, sendChat, startConversation } from "../helpers/worker-client";

async function snapshot(conversation: { conversationId: string; token: string }) {
  const res = await call(`/v1/conversations/${conversation.conversationId}`, {
    headers: { authorization: `Bearer ${conversation.token}` },
  });
  return (await res.json()) as { authenticated: boolean; messages: { id: string; role: string; parts: any[] }[] };
}

const stubOf = (conversationId: string) => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(conversationId));

describe("conversation", () => {
  it("replays the stored answer for a repeated message id instead of running a second turn", async () => {
    const conversation = await startConversation({ as: "alice" });
    const first = await sendChat(conversation, "where is #1003", { messageId: "client-msg-1" });
    const retry = await sendChat(conversation, "where is #1003", { messageId: "client-msg-1" });
    expect(retry.status).toBe(200);
    expect(retry.raw).toBe(first.raw);
    const { messages } = await snapshot(conversation);
    expect(messages.map((m) => m.role)).toEqual(["user", "assistant"]);
  });

  it("runs two concurrent messages as two complete turns, in order, never interleaved", async () => {
    const conversation = await startConversation({ as: "alice" });
    const [a, b] = await Promise.all([
      sendChat(conversation, "where is #1003", { messageId: "a" }),
      sendChat(conversation, "was #1001 delivered?", { messageId: "b" }),
    ]);
    expect(a.text).toMatch(/#1003 is on its way/);
    expect(a.text).not.toMatch(/#1001 was delivered/);
    expect(b.text).toMatch(/#1001 was delivered/);
    const { messages } = await snapshot(conversation);
    expect(messages.map((m) => `${m.role}:${m.id.startsWith("msg_") ? "reply" : m.id}`)).toEqual([
      "user:a",
      "assistant:reply",
      "user:b",
      "assistant:reply",
    ]);
  });

  it("restores the whole conversation, cards included, after the object is evicted", async () => {
    const conversation = await startConversation({ as: "alice" });
    await sendChat(conversation, "where is #1003", { messageId: "before-eviction" });
    await evictDurableObject(stubOf(conversation.conversationId));
    const restored = await snapshot(conversation);
    expect(restored.authenticated).toBe(true);
    expect(restored.messages).toHaveLength(2);
    expect(restored.messages[1]!.parts.some((p) => p.type === "data-order" && p.data.name === "#1003")).toBe(true);
    const again = await sendChat(conversation, "where is #1003", { messageId: "before-eviction" });
    expect(again.text).toMatch(/#1003 is on its way/);
    expect((await snapshot(conversation)).messages).toHaveLength(2);
  });

  it("binds a shopper who signs in mid-conversation", async () => {
    const conversation = await startConversation();
    const before = await sendChat(conversation, "where is my order #1003");
    expect(before.cards.map((c) => c.type)).toEqual(["data-login"]);
    const res = await call(`/v1/conversations/${conversation.conversationId}/identity`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${conversation.token}` },
      body: JSON.stringify({ identityToken: await identityToken("alice") }),
    });
    expect(res.status).toBe(200);
    const after = await sendChat(conversation, "where is my order #1003");
    expect(after.cards[0]).toMatchObject({ type: "data-order", data: { name: "#1003" } });
  });

  it("refuses a bad identity token on sign-in without changing the conversation", async () => {
    const conversation = await startConversation();
    const res = await call(`/v1/conversations/${conversation.conversationId}/identity`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${conversation.token}` },
      body: JSON.stringify({ identityToken: "forged.token.value" }),
    });
    expect(res.status).toBe(401);
    expect((await snapshot(conversation)).authenticated).toBe(false);
  });

  it("ends the shopper's access when the identity binding expires", async () => {
    const conversation = await startConversation({ identityToken: await identityToken("alice", 2) });
    expect((await snapshot(conversation)).authenticated).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await snapshot(conversation)).authenticated).toBe(false);
    const reply = await sendChat(conversation, "where is #1003");
    expect(reply.cards.map((c) => c.type)).toEqual(["data-login"]);
  });

  it("records which skill answered each turn", async () => {
    const conversation = await startConversation({ as: "alice" });
    await sendChat(conversation, "where is #1003", { messageId: "analytics-1" });
    const row = await env.DB.prepare("SELECT route, outcome, language FROM skill_events WHERE message_id = ?")
      .bind("analytics-1")
      .first();
    expect(row).toEqual({ route: "order_tracking", outcome: "answered", language: "en" });
    const index = await env.DB.prepare("SELECT last_skill, message_count FROM conversations WHERE id = ?")
      .bind(conversation.conversationId)
      .first();
    expect(index).toEqual({ last_skill: "order_tracking", message_count: 2 });
  });
});
