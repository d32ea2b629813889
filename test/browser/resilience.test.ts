import type { Browser, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, chat, launch, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const messageIdOf = (request: Request) => JSON.parse(request.postData() ?? "{}").messages?.[0]?.id as string;

describe("widget resilience", () => {
  it("keeps a message that failed to send and sends it again on Retry", async () => {
    const { page, context } = await openPage(browser, "/");
    let failures = 1;
    await context.route("**/v1/chat", (route) =>
      failures-- > 0
        ? route.fulfill({
            status: 503,
            contentType: "application/json",
            body: '{"error":{"code":"unavailable:chat","message":"down"}}',
          })
        : route.continue(),
    );
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "Which payment methods do you accept?");
    const frame = chat(page);
    await expect.poll(() => frame.getByRole("alert").count(), { timeout: 10_000 }).toBe(1);
    expect(await frame.getByRole("log").textContent()).toContain("Which payment methods do you accept?");
    await frame.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => frame.getByRole("log").textContent(), { timeout: 10_000 }).toMatch(/PayPal/);
    expect(await frame.getByRole("alert").count()).toBe(0);
    expect(await frame.getByText("Which payment methods do you accept?").count()).toBe(1);
    await context.close();
  });

  it("reconnects after a dropped stream with the same message id and gets the whole answer once", async () => {
    const { page, context } = await openPage(browser, "/");
    const ids: string[] = [];
    let drop = true;
    await context.route("**/v1/chat", async (route) => {
      ids.push(messageIdOf(route.request()));
      if (!drop) return route.continue();
      drop = false;
      // The turn runs on the server, but the connection dies after the first event.
      const response = await route.fetch();
      const first = (await response.text()).split("\n\n")[0];
      return route.fulfill({ status: 200, headers: { "content-type": "text/event-stream" }, body: `${first}\n\n` });
    });
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "How long do I have to return something?");
    const frame = chat(page);
    await expect.poll(() => frame.getByRole("log").textContent(), { timeout: 10_000 }).toMatch(/30 days of delivery/);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    const answers = await frame.locator(".sk-assistant").allTextContents();
    expect(answers.filter((text) => text.includes("30 days of delivery"))).toHaveLength(1);
    await context.close();
  });
});
