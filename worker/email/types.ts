/** One outgoing email, already rendered in the recipient's language. */
export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
};

export type SentEmail = { id: string };

/** Where emails go: a provider in production, the local outbox in development. Failures throw `EmailError`. */
export interface EmailSender {
  readonly kind: string;
  send(email: OutgoingEmail): Promise<SentEmail>;
}

export class EmailError extends Error {}
