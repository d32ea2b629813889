import { EmailError, type EmailSender, type OutgoingEmail, type SentEmail } from "./types";

/**
 * Postmark's outbound API: `POST /email` with `X-Postmark-Server-Token`; the answer carries `ErrorCode` (0 = sent)
 * and `MessageID`. The base URL is configurable so tests can point it at a local fake.
 */
export class PostmarkSender implements EmailSender {
  readonly kind = "postmark";
  constructor(
    private readonly token: string,
    private readonly from: string,
    private readonly baseUrl = "https://api.postmarkapp.com",
  ) {}

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const response = await fetch(`${this.baseUrl}/email`, {
      method: "POST",
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        "x-postmark-server-token": this.token,
      },
      body: JSON.stringify({
        From: this.from,
        To: email.to,
        Subject: email.subject,
        TextBody: email.text,
        HtmlBody: email.html,
        MessageStream: "outbound",
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => null)) as {
      ErrorCode?: number;
      Message?: string;
      MessageID?: string;
    } | null;
    if (!response.ok || !body || body.ErrorCode !== 0 || !body.MessageID) {
      throw new EmailError(`Postmark refused the email: ${body?.Message ?? `HTTP ${response.status}`}`);
    }
    return { id: body.MessageID };
  }
}
