import type { ConversationSnapshot, CreateConversationResponse } from "../../worker/protocol";
import { type Chunk, readEvents } from "./stream";

const STORAGE_KEY = "shopkeeper:conversation";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function check(res: Response): Promise<Response> {
  if (res.ok) return res;
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  throw new ApiError(res.status, body?.error?.message ?? `HTTP ${res.status}`);
}

export type Session = CreateConversationResponse;

/** The conversation this browser is in, remembered across reloads until its token expires. */
export function savedSession(): Session | null {
  try {
    const session = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as Session | null;
    return session && Date.parse(session.expiresAt) > Date.now() + 60_000 ? session : null;
  } catch {
    return null;
  }
}

/** Storage can be unavailable (blocked third-party storage, private modes): the chat then simply does not persist. */
function remember(session: Session | null): void {
  try {
    if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // not persisted; the conversation still works for this page view
  }
}

export function forgetSession(): void {
  remember(null);
}

export async function createConversation(
  locale: string,
  pageUrl: string,
  identityToken?: string | null,
): Promise<Session> {
  const res = await check(
    await fetch("/v1/conversations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale, pageUrl, identityToken: identityToken ?? undefined }),
    }),
  );
  const session = (await res.json()) as Session;
  remember(session);
  return session;
}

const auth = (session: Session) => ({ authorization: `Bearer ${session.token}` });

export async function loadConversation(session: Session): Promise<ConversationSnapshot> {
  const res = await check(await fetch(`/v1/conversations/${session.conversationId}`, { headers: auth(session) }));
  return res.json() as Promise<ConversationSnapshot>;
}

export async function signIn(session: Session, identityToken: string): Promise<void> {
  await check(
    await fetch(`/v1/conversations/${session.conversationId}/identity`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth(session) },
      body: JSON.stringify({ identityToken }),
    }),
  );
}

/**
 * Sends one message and streams its reply. A connection that drops mid-stream is retried with the same message id:
 * the server runs no second turn, it replays (or rejoins) the one already under way.
 */
export async function sendMessage(session: Session, id: string, text: string, onChunk: (chunk: Chunk) => void) {
  for (let attempt = 0; ; attempt++) {
    const res = await check(
      await fetch("/v1/chat", {
        method: "POST",
        headers: { "content-type": "application/json", ...auth(session) },
        body: JSON.stringify({
          id: session.conversationId,
          trigger: "submit-message",
          messages: [{ id, role: "user", parts: [{ type: "text", text }] }],
        }),
      }),
    );
    let restarted = false;
    try {
      if (
        res.body &&
        (await readEvents(res.body, (chunk) => {
          if (chunk.type === "start") restarted = true;
          onChunk(chunk);
        }))
      )
        return;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
    if (attempt >= 2) throw new ApiError(0, "The connection dropped.");
    if (restarted) onChunk({ type: "reset" });
  }
}
