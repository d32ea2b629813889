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

describe("storefront widget", () => {
  it("lets Alice ask in French about #1003 and shows the streamed answer with a tracking card; a reload restores it", async () => {
    const { page, errors, context } = await openPage(browser, "/?lang=fr");
    await signInAs(page, "Alice");
    await page.getByRole("button", { name: "Discutez avec nous" }).click();
    await ask(page, "Bonjour, où est ma commande 1003 ?");
    const frame = chat(page);
    const log = frame.getByRole("log");
    await expect.poll(() => log.textContent(), { timeout: 15_000 }).toMatch(/est en route avec Colissimo/);
    const track = frame.getByRole("link", { name: "Suivre le colis" });
    expect(await track.getAttribute("href")).toMatch(
      /^https:\/\/www\.laposte\.fr\/outils\/suivre-vos-envois\?code=6A10030000003$/,
    );
    expect(await track.getAttribute("target")).toBe("_blank");
    expect(await frame.locator("section.sk-card").first().textContent()).toContain("#1003");

    await page.reload();
    await page.getByRole("button", { name: "Discutez avec nous" }).click();
    await expect
      .poll(() => chat(page).getByRole("log").textContent(), { timeout: 10_000 })
      .toMatch(/est en route avec Colissimo/);
    expect(await chat(page).getByText("Bonjour, où est ma commande 1003 ?").count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows an anonymous shopper the sign-in card and no order data", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "where is my order #1003?");
    const frame = chat(page);
    await expect.poll(() => frame.getByRole("button", { name: "Sign in" }).count(), { timeout: 15_000 }).toBe(1);
    expect(await frame.getByRole("log").textContent()).not.toMatch(/Colissimo|6A10030000003/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("signs the shopper in from the login card and then answers with their order", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    const loginRequested = page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          window.addEventListener("shopkeeper:login", () => resolve(true), { once: true }),
        ),
    );
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "where is my order #1003?");
    const frame = chat(page);
    await frame.getByRole("button", { name: "Sign in" }).click();
    expect(await loginRequested).toBe(true);
    await signInAs(page, "Alice");
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "and now, where is #1003?");
    await expect.poll(() => frame.getByRole("log").textContent(), { timeout: 15_000 }).toMatch(/#1003 is on its way/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("works with the keyboard alone: open, type, send, Escape closes and focus returns to the launcher", async () => {
    const { page, context } = await openPage(browser, "/");
    const launcher = page.getByRole("button", { name: "Chat with us" });
    await launcher.focus();
    await page.keyboard.press("Enter");
    const input = chat(page).locator("textarea");
    await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type("What payment methods do you accept?");
    await page.keyboard.press("Enter");
    await expect.poll(() => chat(page).getByRole("log").textContent(), { timeout: 15_000 }).toMatch(/PayPal/);
    // Tab cycles inside the panel instead of escaping to the page behind it.
    for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("IFRAME");
    await page.keyboard.press("Escape");
    await expect.poll(() => launcher.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('iframe[title="Chat"]').isVisible()).toBe(false);
    expect(await launcher.getAttribute("aria-expanded")).toBe("false");
    await context.close();
  });
});
