import { type AppEnv, isDemoMode } from "../bindings";
import { OutboxSender } from "./outbox";
import { PostmarkSender } from "./postmark";
import type { EmailSender } from "./types";

/** `POSTMARK_API_URL`: an optional override of Postmark's API (a proxy, or a local fake in tests). */
export type EmailEnv = AppEnv & { POSTMARK_API_URL?: string };

/**
 * The configured email sender: Postmark when its token and a sender address are set, the local outbox in demo
 * mode, otherwise none — callers then say email is not available rather than pretend it was sent.
 */
export function emailSenderFor(env: EmailEnv): EmailSender | null {
  if (env.POSTMARK_SERVER_TOKEN && env.EMAIL_FROM) {
    return new PostmarkSender(env.POSTMARK_SERVER_TOKEN, env.EMAIL_FROM, env.POSTMARK_API_URL || undefined);
  }
  if (isDemoMode(env)) return new OutboxSender(env.DB);
  return null;
}
