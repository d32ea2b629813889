import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, chat, launch, openPage, signInAs } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("card actions done in the chat", () => {
  it("lets Carol pause her subscription from the card's button, then confirm", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    await signInAs(page, "Carol");
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "Show me my coffee subscription");
    const frame = chat(page);
    const pause = frame.getByRole("button", { name: "Pause", exact: true });
    await expect.poll(() => pause.count(), { timeout: 15_000 }).toBe(1);

    await pause.click();
    const log = frame.getByRole("log");
    await expect.poll(() => log.textContent(), { timeout: 15_000 }).toMatch(/Pause my subscription for 1 month/);
    await expect.poll(() => log.textContent(), { timeout: 15_000 }).toMatch(/yes/i);
    await ask(page, "yes");
    await expect.poll(() => frame.locator(".sk-badge").last().textContent(), { timeout: 15_000 }).toBe("paused");
    expect(errors).toEqual([]);
    await context.close();
  });
});
