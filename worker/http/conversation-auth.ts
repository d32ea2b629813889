import type { Context } from "hono";
import { verifyConversationToken } from "../auth/conversation-token";
import type { AppEnv } from "../bindings";
import { ApiError } from "./errors";

/**
 * The conversation a request's bearer token grants. Missing, forged or expired → 401; a valid token used on another
 * conversation's id → 404, so ids cannot be probed for existence (DESIGN §5).
 */
export async function authorizedConversation(
  c: Context<{ Bindings: AppEnv }>,
  surface: string,
  requestedId?: string,
): Promise<string> {
  const header = c.req.header("authorization") ?? "";
  const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token)
    throw new ApiError("unauthorized", surface, "Send the conversation token as 'Authorization: Bearer <token>'.");
  const conversationId = await verifyConversationToken(token, c.env.LINK_SECRET);
  if (!conversationId) {
    throw new ApiError(
      "unauthorized",
      surface,
      "The conversation token is invalid or has expired. Start a new conversation.",
    );
  }
  if (requestedId !== undefined && requestedId !== conversationId) {
    throw new ApiError("not_found", surface, "No such conversation.");
  }
  return conversationId;
}

export function conversationStub(env: AppEnv, conversationId: string) {
  return env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(conversationId));
}
