import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { handoffPackets } from "../helpers/handoffs";
import { call, sendChat, startConversation } from "../helpers/worker-client";

const ADMIN = { authorization: "Bearer dev-admin-token", "content-type": "application/json" };
const ALWAYS_OPEN = { timeZone: "UTC", days: [1, 2, 3, 4, 5, 6, 7], opens: "00:00", closes: "23:59" };
/** Open only on a weekday that is not today, so "now" is always outside business hours. */
const closedToday = () => {
  const today = ((new Date().getUTCDay() + 6) % 7) + 1;
  return { timeZone: "UTC", days: [today === 1 ? 2 : 1], opens: "09:00", closes: "18:00" };
};

async function setSetting(key: string, value: unknown) {
  await env.DB.prepare("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)")
    .bind(key, JSON.stringify(value), Date.now())
    .run();
}

const admin = (path: string, init: RequestInit = {}) =>
  call(`/admin/api/conversations${path}`, { ...init, headers: { ...ADMIN, ...(init.headers ?? {}) } });

async function snapshot(conversation: { conversationId: string; token: string }) {
  const res = await call(`/v1/conversations/${conversation.conversationId}`, {
    headers: { authorization: `Bearer ${conversation.token}` },
  });
  return res.json<{
    status: string;
    messages: { role: string; parts: { type: string; text?: string }[]; metadata?: any }[];
  }>();
}

const packets = handoffPackets;

describe("handoff to a person", () => {
  beforeEach(async () => {
    await env.DB.exec("DELETE FROM settings WHERE key LIKE 'handoff.%'");
    await setSetting("handoff.hours", ALWAYS_OPEN);
  });

  it("tells the shopper a person will reply and stores a packet with the transcript and verified customer", async () => {
    const conversation = await startConversation({ as: "alice" });
    await sendChat(conversation, "Where is my order #1003?");
    const reply = await sendChat(conversation, "I want to talk to a real person please");
    expect(reply.text).toMatch(/A person will reply right here shortly/);
    expect(reply.cards).toContainEqual({
      type: "data-handoff",
      data: expect.objectContaining({ state: "pending_human" }),
    });
    expect((await snapshot(conversation)).status).toBe("pending_human");

    const [row, ...more] = await packets(conversation.conversationId);
    expect(more).toHaveLength(0);
    expect(row.delivery).toBe("none");
    expect(row.packet.customer).toEqual({ id: "cust_alice", email: "alice@example.com" });
    expect(row.packet.summary).toMatch(
      /alice@example\.com asked to talk to a person while asking about order tracking/,
    );
    expect(row.packet.transcript.map((t: any) => t.text)).toContain("Where is my order #1003?");
    expect(row.packet.transcript.find((t: any) => t.role === "assistant")?.cards).toContain("order");

    const listed = await (await admin("?status=pending_human")).json<{ conversations: { id: string }[] }>();
    expect(listed.conversations.map((c) => c.id)).toContain(conversation.conversationId);
  });

  it("answers outside business hours with the after-hours message, in the shopper's language", async () => {
    await setSetting("handoff.hours", closedToday());
    const conversation = await startConversation({ locale: "fr" });
    const reply = await sendChat(conversation, "Je veux parler à un humain");
    expect(reply.text).toMatch(/absente pour le moment/);
  });

  it("uses the merchant's own message when one is set for the language", async () => {
    await setSetting("handoff.message.in_hours", { pl: "Łączę z Anią z obsługi klienta." });
    const conversation = await startConversation({ locale: "pl" });
    const reply = await sendChat(conversation, "Chcę rozmawiać z konsultantem");
    expect(reply.text).toBe("Łączę z Anią z obsługi klienta.");
  });

  it("stays silent while a person owns the conversation, and comes back once it is resolved", async () => {
    const conversation = await startConversation({ as: "alice" });
    await sendChat(conversation, "Can I speak to a human agent?");

    const answered = await admin(`/${conversation.conversationId}/reply`, {
      method: "POST",
      body: JSON.stringify({ text: "Hi Alice, Marie here — I'm looking at your order now." }),
    });
    expect(answered.status).toBe(201);
    let state = await snapshot(conversation);
    expect(state.status).toBe("human");
    const human = state.messages.at(-1)!;
    expect(human.metadata?.author).toBe("human");
    expect(human.parts[0]?.text).toMatch(/Marie here/);

    const quiet = await sendChat(conversation, "Thanks Marie, where is order #1003?");
    expect(quiet.status).toBe(200);
    expect(quiet.text).toBe("");
    expect(quiet.cards).toHaveLength(0);
    state = await snapshot(conversation);
    expect(state.messages.some((m) => m.parts.some((p) => p.text === "Thanks Marie, where is order #1003?"))).toBe(
      true,
    );

    expect((await admin(`/${conversation.conversationId}/resolve`, { method: "POST" })).status).toBe(200);
    expect((await snapshot(conversation)).status).toBe("resolved");
    const back = await sendChat(conversation, "Where is my order #1003?");
    expect(back.text).toMatch(/#1003/);
    expect((await snapshot(conversation)).status).toBe("ai");
  });

  it("queues the packet for the merchant's webhook and records a failed delivery for retry", async () => {
    await setSetting("handoff.webhook_url", "http://127.0.0.1:9/hooks/handoff");
    const conversation = await startConversation({ as: "bartek" });
    await sendChat(conversation, "I need to talk to someone, this is unacceptable");
    let row: any;
    for (let i = 0; i < 50 && !(row?.attempts > 0); i++) {
      [row] = await packets(conversation.conversationId);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(row).toMatchObject({ delivery: "pending", attempts: 1 });
    expect(row.last_error).toBeTruthy();
  });

  it("emails the packet to the team's inbox when one is set (the local outbox in demo mode)", async () => {
    await setSetting("handoff.email", "support@shop.example");
    const conversation = await startConversation({ as: "carol" });
    await sendChat(conversation, "Can I talk to a person please?");
    type Listed = { id: string; to: string; subject: string };
    let email: Listed | undefined;
    // Sent after the reply has ended, like the webhook.
    for (let i = 0; i < 50 && !email; i++) {
      const list = await call("/dev/outbox", { headers: { accept: "application/json" } });
      const { emails } = await list.json<{ emails: Listed[] }>();
      email = emails.find((e) => e.to === "support@shop.example" && e.subject.includes("carol@example.com"));
      if (!email) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(email?.subject).toMatch(/^Handoff: Signed-in shopper carol@example\.com asked to talk to a person/);
    const body = await (await call(`/dev/outbox/${email!.id}?format=text`)).text();
    expect(body).toContain("Shopper: Can I talk to a person please?");
    expect(body).toContain(`/admin/api/conversations/${conversation.conversationId}/reply`);
    const page = await call(`/dev/outbox/${email!.id}`);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'none'.*sandbox/);
  });

  it("opens one handoff per request for a person, not one per message while waiting", async () => {
    const conversation = await startConversation();
    await sendChat(conversation, "human please");
    await sendChat(conversation, "let me talk to a person");
    expect(await packets(conversation.conversationId)).toHaveLength(1);
  });

  it("rejects console calls without the admin token, for unknown conversations and with an empty reply", async () => {
    const conversation = await startConversation();
    const path = `/admin/api/conversations/${conversation.conversationId}/reply`;
    const anonymous = await call(path, { method: "POST", body: JSON.stringify({ text: "hi" }) });
    expect(anonymous.status).toBe(401);
    expect((await admin("/conv_doesnotexist/resolve", { method: "POST" })).status).toBe(404);
    const empty = await admin(`/${conversation.conversationId}/reply`, {
      method: "POST",
      body: JSON.stringify({ text: " " }),
    });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: { code: "bad_request:conversation", message: "'text' is required." } });
    expect((await admin("?status=lost")).status).toBe(400);
  });
});
