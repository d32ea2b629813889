import { exports } from "cloudflare:workers";
import { DefaultChatTransport, readUIMessageStream, type UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { startConversation } from "../helpers/worker-client";

describe("AI SDK client compatibility", () => {
  it("drives /v1/chat unchanged with the ai package's DefaultChatTransport", async () => {
    const conversation = await startConversation({ as: "alice", locale: "fr" });
    const transport = new DefaultChatTransport<UIMessage>({
      api: "https://shop.test/v1/chat",
      headers: { authorization: `Bearer ${conversation.token}` },
      fetch: (input, init) => exports.default.fetch(new Request(input as string, init)),
    });
    const chunks = await transport.sendMessages({
      chatId: conversation.conversationId,
      trigger: "submit-message",
      messageId: undefined,
      abortSignal: undefined,
      messages: [{ id: "u1", role: "user", parts: [{ type: "text", text: "Où est ma commande #1003 ?" }] }],
    });
    let message: UIMessage | undefined;
    for await (const snapshot of readUIMessageStream({ stream: chunks })) message = snapshot;
    const text = message!.parts.map((p) => (p.type === "text" ? p.text : "")).join("");
    expect(text).toMatch(/La commande #1003 est en route avec Colissimo/);
    const card = message!.parts.find((p) => p.type === "data-order") as { data: { name: string } } | undefined;
    expect(card?.data.name).toBe("#1003");
    expect(message!.metadata).toMatchObject({ skill: "order_tracking", language: "fr" });
  });
});
