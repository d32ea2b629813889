import type { OutgoingEmail } from "../email/types";
import { escapeHtml } from "../http/escape-html";
import type { HandoffPacket } from "./packet";

/** The handoff packet as an email to the team: summary first, then the verified facts and the transcript. */
export function handoffEmail(packet: HandoffPacket, to: string): OutgoingEmail {
  const reply = `POST /admin/api/conversations/${packet.conversationId}/reply`;
  const facts = Object.entries(packet.facts).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  const lines = packet.transcript.map(
    (entry) =>
      `${entry.role === "shopper" ? "Shopper" : "Assistant"}: ${entry.text}${entry.cards.length ? ` [${entry.cards.join(", ")}]` : ""}`,
  );
  const text = [
    packet.summary,
    "",
    ...(facts.length ? ["Verified facts:", ...facts, ""] : []),
    "Transcript:",
    ...lines,
    "",
    `Conversation ${packet.conversationId} — answer it with ${reply}.`,
  ].join("\n");
  const html =
    `<!doctype html><html lang="en"><meta charset="utf-8"><body style="font:15px/1.5 system-ui,sans-serif;max-width:640px">` +
    `<p><strong>${escapeHtml(packet.summary)}</strong></p>` +
    (facts.length ? `<h2>Verified facts</h2><ul>${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join("")}</ul>` : "") +
    `<h2>Transcript</h2>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}` +
    `<p>Conversation <code>${escapeHtml(packet.conversationId)}</code> — answer it with <code>${escapeHtml(reply)}</code>.</p></body></html>`;
  return { to, subject: `Handoff: ${packet.summary.slice(0, 80)}`, text, html };
}
