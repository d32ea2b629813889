import { Hono } from "hono";
import type { AppEnv } from "../bindings";
import { listOutbox, outboxEmail } from "../email/outbox";
import { demoOnly } from "../http/demo-only";
import { ApiError } from "../http/errors";
import { escapeHtml } from "../http/escape-html";

/** Emails are rendered inert: no scripts, no network, only inline styles and data: images (the QR code). */
const EMAIL_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

/**
 * The developer's inbox (demo mode only): every email the local Worker "sent", newest first, each viewable as the
 * shopper would see it. Outside demo mode the route does not exist.
 */
export const devOutbox = new Hono<{ Bindings: AppEnv }>()
  .use(demoOnly)
  .get("/", async (c) => {
    const emails = await listOutbox(c.env.DB);
    if (c.req.header("accept")?.includes("application/json")) return c.json({ emails });
    const rows = emails
      .map(
        (e) =>
          `<li><a href="/dev/outbox/${encodeURIComponent(e.id)}">${escapeHtml(e.subject)}</a> — to ${escapeHtml(e.to)}, ${new Date(e.createdAt).toISOString()}</li>`,
      )
      .join("");
    return c.html(
      `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Outbox</title>` +
        `<body style="font:16px system-ui;margin:2rem"><h1>Outbox</h1><p>Emails sent by this local Shopkeeper.</p>` +
        (rows ? `<ul>${rows}</ul>` : "<p>No emails yet.</p>") +
        "</body></html>",
    );
  })
  .get("/:id", async (c) => {
    const email = await outboxEmail(c.env.DB, c.req.param("id"));
    if (!email) throw new ApiError("not_found", "outbox", "No such email.");
    if (c.req.query("format") === "text") return c.text(email.text);
    return c.html(email.html, 200, { "content-security-policy": EMAIL_CSP });
  });
