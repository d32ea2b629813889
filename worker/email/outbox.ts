import { desc, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { emailOutbox } from "../../db/schema";
import type { EmailSender, OutgoingEmail, SentEmail } from "./types";

/** Development sender: keeps the email in D1 so the developer can open it at /dev/outbox. */
export class OutboxSender implements EmailSender {
  readonly kind = "outbox";
  constructor(private readonly d1: D1Database) {}

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const id = `mail_${crypto.randomUUID()}`;
    await drizzle(this.d1)
      .insert(emailOutbox)
      .values({ id, ...email, createdAt: Date.now() });
    return { id };
  }
}

export function listOutbox(d1: D1Database, limit = 50) {
  return drizzle(d1)
    .select({ id: emailOutbox.id, to: emailOutbox.to, subject: emailOutbox.subject, createdAt: emailOutbox.createdAt })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}

export async function outboxEmail(d1: D1Database, id: string) {
  const [row] = await drizzle(d1).select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row ?? null;
}
