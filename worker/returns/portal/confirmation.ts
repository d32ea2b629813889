import type { OutgoingEmail } from "../../email/types";
import { escapeHtml } from "../../http/escape-html";
import { formatMoney } from "../../i18n/format";
import type { Language } from "../../protocol";
import type { ReturnRecord } from "../store";
import { rmaQrDataUrl } from "./qr";
import { portalStrings } from "./strings";

/** The confirmation block shared by the done page and the email: RMA number, QR code, instructions, refund timing. */
export function confirmationHtml(lang: Language, record: ReturnRecord, refundDays: number): string {
  const t = portalStrings[lang];
  const price = record.returnPrice.amount === 0 ? t.free : formatMoney(record.returnPrice, lang);
  const lines = record.items
    .map(
      (i) =>
        `<li>${escapeHtml(i.title)} × ${i.quantity} — ${escapeHtml(t.reasons[i.reason] ?? i.reason)}${i.exchangeFor ? ` — ${escapeHtml(t.exchangedFor(i.exchangeFor))}` : ""}</li>`,
    )
    .join("");
  return `<p>${escapeHtml(t.rma)}</p><p class="rma">${escapeHtml(record.rmaNumber)}</p>
<img class="qr" src="${rmaQrDataUrl(record.rmaNumber)}" alt="${escapeHtml(t.qrAlt(record.rmaNumber))}" width="192" height="192">
<p>${escapeHtml(t.instructions[record.returnMethod])}</p>
<p><strong>${escapeHtml(t.orderHeading(record.orderName))}</strong></p><ul>${lines}</ul>
<p>${escapeHtml(t.methods[record.returnMethod])} — ${escapeHtml(t.total)}: ${escapeHtml(price)}. ${escapeHtml(t.refunds[record.refundMethod])}.</p>
<p>${escapeHtml(t.refundTiming(refundDays))}</p>`;
}

/** The shopper's confirmation email, in their language, with the same QR code as the page. */
export function confirmationEmail(lang: Language, to: string, record: ReturnRecord, refundDays: number): OutgoingEmail {
  const t = portalStrings[lang];
  const text = [
    t.emailGreeting,
    "",
    `${t.rma}: ${record.rmaNumber}`,
    t.instructions[record.returnMethod],
    "",
    ...record.items.map(
      (i) =>
        `- ${i.title} × ${i.quantity} (${t.reasons[i.reason] ?? i.reason}${i.exchangeFor ? `, ${t.exchangedFor(i.exchangeFor)}` : ""})`,
    ),
    "",
    t.refundTiming(refundDays),
  ].join("\n");
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body style="font:15px/1.5 system-ui,sans-serif;max-width:560px;margin:0 auto;color:#1b1f29">
<p>${escapeHtml(t.emailGreeting)}</p>${confirmationHtml(lang, record, refundDays)}</body></html>`;
  return { to, subject: t.emailSubject(record.rmaNumber, record.orderName), text, html };
}
