import { env } from "cloudflare:test";
import type { UIMessageChunk } from "ai";
import { describe, expect, inject, it } from "vitest";
import { runTurn } from "../../../worker/agent/turn";
import type { AppEnv } from "../../../worker/bindings";
import { commerceFor } from "../../../worker/commerce";

const alice = { customerId: "cust_alice", email: "alice@example.com", expiresAt: Date.now() + 3_600_000 };
let n = 0;

/** Alice asks to return #1001 on a store connected to a returns platform; returns the data-return card. */
async function returnCard(extra: Record<string, string>) {
  const turn = runTurn({
    env: { ...env, ...extra } as AppEnv,
    commerce: commerceFor(env as AppEnv),
    replyId: `r_${++n}`,
    text: "I want to return order #1001",
    history: [],
    locale: "en",
    shopper: alice,
    conversationId: `conv_returns_provider_${n}`,
    origin: "https://shop.test",
  });
  const chunks: UIMessageChunk[] = [];
  const reader = turn.stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return (chunks.find((c) => c.type === "data-return") as { data: { portalUrl?: string } } | undefined)?.data;
}

describe("returns card with a connected returns platform", () => {
  it("deep-links to Loop, pre-filled for that order", async () => {
    const card = await returnCard({ LOOP_API_KEY: "loop-test-key", LOOP_API_URL: `${inject("fakeReturnsUrl")}/loop` });
    expect(card?.portalUrl).toBe("https://demo-shop.loopreturns.com/#/link/1001-75011");
  });

  it("deep-links to AfterShip Returns when that is the one connected", async () => {
    const card = await returnCard({
      AFTERSHIP_API_KEY: "aftership-test-key",
      AFTERSHIP_API_URL: `${inject("fakeReturnsUrl")}/aftership`,
    });
    expect(card?.portalUrl).toBe("https://demo-shop.returnscenter.com/returns?order=1001");
  });

  it("uses the built-in portal otherwise, on the Worker's own origin", async () => {
    const card = await returnCard({});
    expect(card?.portalUrl).toMatch(/^https:\/\/shop\.test\/returns\?token=/);
  });
});
