import { escapeHtml } from "../../http/escape-html";
import type { Language } from "../../protocol";
import type { ReturnRecord } from "../store";
import { confirmationHtml } from "./confirmation";
import { portalPage } from "./layout";
import { portalStrings } from "./strings";

/** Step 4: the booked return — what to do next, and whether the email with the same content went out. */
export function donePage(lang: Language, record: ReturnRecord, refundDays: number, emailedTo?: string): string {
  const t = portalStrings[lang];
  const email = emailedTo ? t.emailSent(emailedTo) : t.emailNotSent;
  const body = `<h1>${escapeHtml(t.doneHeading)}</h1><div class="card">${confirmationHtml(lang, record, refundDays)}</div><p role="status">${escapeHtml(email)}</p>`;
  return portalPage(lang, t.doneHeading, body);
}
