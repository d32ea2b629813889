import { existsSync } from "node:fs";
import { type Browser, chromium, type FrameLocator, type Page } from "playwright-core";
import { inject } from "vitest";

/** Debian's Chromium; CI installs it (.ci/run). Its absence fails the suite rather than skipping it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const baseUrl = () => inject("shopkeeperUrl");

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** A fresh page that records every console error and uncaught exception, in any frame. */
export async function openPage(browser: Browser, path = "/") {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${baseUrl()}${path}`);
  return { page, errors, context };
}

export const chat = (page: Page): FrameLocator => page.frameLocator('iframe[title="Chat"]');

export async function signInAs(page: Page, who: "Alice" | "Bartek" | "Carol") {
  const signed = page.waitForResponse((res) => res.url().endsWith("/demo/identity") && res.ok());
  await page.getByRole("button", { name: who, exact: true }).click();
  await signed;
  await page.waitForTimeout(50);
}

export async function ask(page: Page, text: string) {
  const frame = chat(page);
  await frame.locator("textarea").fill(text);
  await frame.locator("textarea").press("Enter");
}
