import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostmarkSender } from "../../../worker/email/postmark";

/** A local stand-in for Postmark's `POST /email`, with its token check and its error shape. */
const received: { token: string | undefined; body: Record<string, unknown> }[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    let raw = "";
    for await (const part of req) raw += part;
    const token = req.headers["x-postmark-server-token"] as string | undefined;
    const body = JSON.parse(raw);
    received.push({ token, body });
    res.setHeader("content-type", "application/json");
    if (token !== "server-token") {
      res
        .writeHead(401)
        .end(JSON.stringify({ ErrorCode: 10, Message: "Request does not contain a valid Server token." }));
    } else if (!String(body.To).includes("@")) {
      res.writeHead(422).end(JSON.stringify({ ErrorCode: 300, Message: "Invalid 'To' address: 'nobody'." }));
    } else {
      res.writeHead(200).end(JSON.stringify({ To: body.To, ErrorCode: 0, Message: "OK", MessageID: "b7bc2f4a-e38e" }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const email = { to: "alice@example.com", subject: "Your return R-1001", text: "Hello", html: "<p>Hello</p>" };

describe("Postmark sender", () => {
  it("sends the text and HTML bodies from the configured address and returns Postmark's message id", async () => {
    const sent = await new PostmarkSender("server-token", "Shop <shop@example.com>", baseUrl).send(email);
    expect(sent).toEqual({ id: "b7bc2f4a-e38e" });
    expect(received.at(-1)).toEqual({
      token: "server-token",
      body: {
        From: "Shop <shop@example.com>",
        To: "alice@example.com",
        Subject: "Your return R-1001",
        TextBody: "Hello",
        HtmlBody: "<p>Hello</p>",
        MessageStream: "outbound",
      },
    });
  });

  it("reports Postmark's reason when it refuses", async () => {
    await expect(new PostmarkSender("wrong", "shop@example.com", baseUrl).send(email)).rejects.toThrow(
      /valid Server token/,
    );
    await expect(
      new PostmarkSender("server-token", "shop@example.com", baseUrl).send({ ...email, to: "nobody" }),
    ).rejects.toThrow(/Invalid 'To' address/);
  });
});
