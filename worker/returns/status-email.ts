import type { ReturnStatus } from "../../db/schema";
import type { OutgoingEmail } from "../email/types";
import { escapeHtml } from "../http/escape-html";
import { formatDate } from "../i18n/format";
import type { Language } from "../protocol";
import type { ReturnRecord } from "./store";

type Notified = Exclude<ReturnStatus, "requested">;
type Texts = { subject: (rma: string) => string; body: Record<Notified, string>; refundBy: (date: string) => string };

const TEXTS: Record<Language, Texts> = {
  en: {
    subject: (rma) => `Update on your return ${rma}`,
    body: {
      approved: "Your return has been approved. Send the parcel as described in your confirmation.",
      received: "We have received your parcel.",
      refunded: "Your refund has been issued.",
      rejected: "We could not accept this return. Reply to this email and a person from our team will explain.",
    },
    refundBy: (date) => `Expect your refund by ${date}.`,
  },
  fr: {
    subject: (rma) => `Votre retour ${rma} : mise à jour`,
    body: {
      approved: "Votre retour est accepté. Envoyez le colis comme indiqué dans votre confirmation.",
      received: "Nous avons bien reçu votre colis.",
      refunded: "Votre remboursement a été effectué.",
      rejected: "Nous n'avons pas pu accepter ce retour. Répondez à cet e-mail et notre équipe vous expliquera.",
    },
    refundBy: (date) => `Remboursement prévu au plus tard le ${date}.`,
  },
  pl: {
    subject: (rma) => `Aktualizacja zwrotu ${rma}`,
    body: {
      approved: "Twój zwrot został zaakceptowany. Wyślij paczkę zgodnie z potwierdzeniem.",
      received: "Otrzymaliśmy Twoją paczkę.",
      refunded: "Zwrot pieniędzy został zlecony.",
      rejected: "Nie mogliśmy przyjąć tego zwrotu. Odpowiedz na tę wiadomość, a nasz zespół wszystko wyjaśni.",
    },
    refundBy: (date) => `Zwrot pieniędzy najpóźniej ${date}.`,
  },
  de: {
    subject: (rma) => `Neuigkeiten zu Ihrer Rücksendung ${rma}`,
    body: {
      approved: "Ihre Rücksendung wurde genehmigt. Senden Sie das Paket wie in Ihrer Bestätigung beschrieben.",
      received: "Wir haben Ihr Paket erhalten.",
      refunded: "Ihre Erstattung wurde veranlasst.",
      rejected:
        "Wir konnten diese Rücksendung nicht annehmen. Antworten Sie auf diese E-Mail, unser Team erklärt es Ihnen.",
    },
    refundBy: (date) => `Die Erstattung erfolgt bis spätestens ${date}.`,
  },
  es: {
    subject: (rma) => `Novedades de tu devolución ${rma}`,
    body: {
      approved: "Tu devolución ha sido aprobada. Envía el paquete como se indica en tu confirmación.",
      received: "Hemos recibido tu paquete.",
      refunded: "Tu reembolso ya se ha emitido.",
      rejected: "No hemos podido aceptar esta devolución. Responde a este correo y nuestro equipo te lo explicará.",
    },
    refundBy: (date) => `Recibirás el reembolso como tarde el ${date}.`,
  },
};

/** The shopper's email when a person moves their return on (every status after `requested`). */
export function statusEmail(lang: Language, to: string, record: ReturnRecord, status: Notified): OutgoingEmail {
  const t = TEXTS[lang];
  const lines = [t.body[status]];
  if (status === "received" && record.expectedRefundAt)
    lines.push(t.refundBy(formatDate(record.expectedRefundAt, lang)));
  const text = [`${record.rmaNumber} · ${record.orderName}`, "", ...lines].join("\n");
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body style="font:15px/1.5 system-ui,sans-serif;max-width:560px;margin:0 auto"><p><strong>${escapeHtml(record.rmaNumber)}</strong> · ${escapeHtml(record.orderName)}</p>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}</body></html>`;
  return { to, subject: t.subject(record.rmaNumber), text, html };
}
