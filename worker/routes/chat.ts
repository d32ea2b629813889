import { UI_MESSAGE_STREAM_HEADERS } from "ai";
import { Hono } from "hono";
import type { AppEnv } from "../bindings";
import { authorizedConversation, conversationStub } from "../http/conversation-auth";
import { ApiError, readJson } from "../http/errors";
import { limitByConversation, limitByIp } from "../http/rate-limit";

export const MAX_MESSAGE_CHARS = 4000;
const MAX_MESSAGE_ID_CHARS = 200;

type ChatBody = { id?: unknown; messages?: unknown; trigger?: unknown };
type IncomingMessage = { id?: unknown; role?: unknown; parts?: unknown };

/**
 * The newest user message of an AI SDK chat request. Client-sent history is untrusted and ignored: the
 * conversation's Durable Object holds the truth (DESIGN §5).
 */
function newestUserMessage(body: ChatBody): { id: string; text: string } {
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    throw new ApiError("bad_request", "chat", "'messages' must be a non-empty array of UI messages.");
  }
  const message = [...body.messages].reverse().find((m: IncomingMessage) => m?.role === "user") as
    | IncomingMessage
    | undefined;
  if (!message) throw new ApiError("bad_request", "chat", "'messages' contains no user message.");
  if (typeof message.id !== "string" || !message.id || message.id.length > MAX_MESSAGE_ID_CHARS) {
    throw new ApiError(
      "bad_request",
      "chat",
      `The user message needs an 'id' of 1–${MAX_MESSAGE_ID_CHARS} characters.`,
    );
  }
  const parts = Array.isArray(message.parts) ? message.parts : [];
  const text = parts
    .map((part: { type?: unknown; text?: unknown }) =>
      part?.type === "text" && typeof part.text === "string" ? part.text : "",
    )
    .join("")
    .trim();
  if (!text) throw new ApiError("bad_request", "chat", "The user message has no text.");
  if (text.length > MAX_MESSAGE_CHARS) {
    throw new ApiError("payload_too_large", "chat", `Messages are limited to ${MAX_MESSAGE_CHARS} characters.`);
  }
  return { id: message.id, text };
}

/** `POST /v1/chat` — works unchanged with the `ai` package's DefaultChatTransport. */
export const chatRoutes = new Hono<{ Bindings: AppEnv }>().post("/", async (c) => {
  const conversationId = await authorizedConversation(c, "chat");
  const body = await readJson<ChatBody>(c, "chat");
  if (typeof body !== "object" || body === null)
    throw new ApiError("bad_request", "chat", "The body must be a JSON object.");
  if (body.id !== undefined && body.id !== conversationId)
    throw new ApiError("not_found", "chat", "No such conversation.");
  const message = newestUserMessage(body);
  await Promise.all([limitByIp(c.env, c.req.raw, "chat"), limitByConversation(c.env, conversationId, "chat")]);
  const stream = await conversationStub(c.env, conversationId).chat({ messageId: message.id, text: message.text });
  if (!stream) throw new ApiError("not_found", "chat", "No such conversation.");
  return new Response(stream, { headers: UI_MESSAGE_STREAM_HEADERS });
});
