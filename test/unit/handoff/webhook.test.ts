import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postSignedEvent } from "../../../worker/handoff/webhook";

/** A merchant's helpdesk receiver, verifying the signature the way our docs tell them to. */
const SECRET = "receiver-shared-secret";
const received: { body: string; verified: boolean }[] = [];
let status = 200;
let server: Server;
let url: string;

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => resolve(body));
  });

function verify(header: string | undefined, body: string): boolean {
  const match = header?.match(/^t=(\d+),v1=([0-9a-f]{64})$/);
  if (!match) return false;
  const expected = createHmac("sha256", SECRET).update(`${match[1]}.${body}`).digest();
  const fresh = Math.abs(Date.now() / 1000 - Number(match[1])) < 300;
  return fresh && timingSafeEqual(expected, Buffer.from(match[2]!, "hex"));
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    received.push({ body, verified: verify(req.headers["x-shopkeeper-signature"] as string, body) });
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("signed handoff webhook", () => {
  it("delivers the event with a signature the receiver can verify", async () => {
    status = 200;
    const result = await postSignedEvent(url, SECRET, { type: "handoff.created", data: { id: "ho_1" } });
    expect(result).toEqual({ ok: true });
    const last = received.at(-1)!;
    expect(JSON.parse(last.body)).toEqual({ type: "handoff.created", data: { id: "ho_1" } });
    expect(last.verified).toBe(true);
  });

  it("is rejected by a receiver holding a different secret", async () => {
    await postSignedEvent(url, "someone-else", { type: "handoff.created", data: {} });
    expect(received.at(-1)!.verified).toBe(false);
  });

  it("reports a receiver error or an unreachable receiver as a failed delivery", async () => {
    status = 503;
    expect(await postSignedEvent(url, SECRET, { type: "handoff.created", data: {} })).toEqual({
      ok: false,
      error: "HTTP 503",
    });
    const unreachable = await postSignedEvent("http://127.0.0.1:9/", SECRET, { type: "x", data: {} });
    expect(unreachable.ok).toBe(false);
  });
});
