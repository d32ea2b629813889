import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import type { UIMessageChunk } from "ai";
import { signJwt } from "../../worker/auth/jwt";
import type { CreateConversationResponse } from "../../worker/protocol";

/** Test-side client for the web chat API, talking to the Worker inside workerd. */
export const ORIGIN = "https://shop.test";

export const DEMO = {
  alice: { sub: "cust_alice", email: "alice@example.com" },
  bartek: { sub: "cust_bartek", email: "bartek@example.com" },
  carol: { sub: "cust_carol", email: "carol@example.com" },
} as const;

let ipCounter = 0;
/** A fresh client address per call site, so one test's traffic never trips another test's per-IP limit. */
export function freshIp(): string {
  ipCounter += 1;
  return `198.51.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

export function call(path: string, init: RequestInit = {}, ip = freshIp()): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("cf-connecting-ip", ip);
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers }));
}

/** Signs an identity token exactly as a merchant backend would. */
export function identityToken(who: keyof typeof DEMO, lifetimeSeconds = 3600): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return signJwt({ ...DEMO[who], iat: now, exp: now + lifetimeSeconds }, env.IDENTITY_SECRET);
}

export async function startConversation(
  options: { as?: keyof typeof DEMO; locale?: string; identityToken?: string; pageUrl?: string } = {},
): Promise<CreateConversationResponse> {
  const token = options.identityToken ?? (options.as ? await identityToken(options.as) : undefined);
  const res = await call("/v1/conversations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identityToken: token, locale: options.locale, pageUrl: options.pageUrl }),
  });
  if (res.status !== 201) throw new Error(`create conversation: ${res.status} ${await res.text()}`);
  return res.json();
}

export function parseSse(body: string): UIMessageChunk[] {
  return body
    .split("\n\n")
    .map((event) => event.replace(/^data: /, "").trim())
    .filter((data) => data && data !== "[DONE]")
    .map((data) => JSON.parse(data));
}

export type ChatResult = {
  status: number;
  headers: Headers;
  raw: string;
  chunks: UIMessageChunk[];
  text: string;
  cards: { type: string; data: any }[];
};

let messageCounter = 0;

export async function sendChat(
  conversation: CreateConversationResponse,
  text: string,
  options: { messageId?: string; ip?: string } = {},
): Promise<ChatResult> {
  messageCounter += 1;
  const res = await call(
    "/v1/chat",
    {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${conversation.token}` },
      body: JSON.stringify({
        id: conversation.conversationId,
        trigger: "submit-message",
        messages: [{ id: options.messageId ?? `m_${messageCounter}`, role: "user", parts: [{ type: "text", text }] }],
      }),
    },
    options.ip,
  );
  const raw = await res.text();
  const chunks = res.ok ? parseSse(raw) : [];
  return {
    status: res.status,
    headers: res.headers,
    raw,
    chunks,
    text: chunks.map((c) => (c.type === "text-delta" ? c.delta : "")).join(""),
    cards: chunks.filter((c) => c.type.startsWith("data-")).map((c) => ({ type: c.type, data: (c as any).data })),
  };
}
