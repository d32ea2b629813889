/**
 * Signed delivery of handoff events to the merchant's helpdesk. The receiver checks
 * `x-shopkeeper-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the shared secret and
 * rejects old timestamps, so a captured request can be neither forged nor replayed later.
 */
const encoder = new TextEncoder();

export async function signPayload(secret: string, body: string, timestamp: number): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}.${body}`));
  const hex = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `t=${timestamp},v1=${hex}`;
}

export type DeliveryResult = { ok: true } | { ok: false; error: string };

const TIMEOUT_MS = 10_000;

export async function postSignedEvent(
  url: string,
  secret: string,
  event: { type: string; data: unknown },
  now = Date.now(),
): Promise<DeliveryResult> {
  const body = JSON.stringify(event);
  const signature = await signPayload(secret, body, Math.floor(now / 1000));
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-shopkeeper-signature": signature },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    // Drain the body so the connection can be reused; its content is not ours to interpret.
    await response.arrayBuffer().catch(() => undefined);
    return response.ok ? { ok: true } : { ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
