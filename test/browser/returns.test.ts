import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, baseUrl, chat, launch, openPage, signInAs } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const axe = () => readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe());
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
    ).axe.run();
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  });
}

/** Items → review → confirm on the portal page already open at an order. */
async function bookFirstItem(page: Page, reason: string) {
  await page.locator('select[name^="qty_"]').first().selectOption("1");
  await page.locator('select[name^="reason_"]').first().selectOption(reason);
  await page.getByRole("button", { name: /Continue|Continuer|Dalej/ }).click();
  await page.getByRole("button", { name: /Confirm return|Confirmer le retour|Potwierdź zwrot/ }).click();
  await page.waitForURL(/\/returns\/done\?/);
  return (await page.locator(".rma").textContent())!.trim();
}

describe("returns end to end", () => {
  it("takes Alice from 'I want to return my shirt' in the chat to a booked return and its email", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    await signInAs(page, "Alice");
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "I want to return my linen shirt from order 1001");
    // The card's button (the reply text links the same portal page too).
    const start = chat(page).locator("section.sk-card").getByRole("link", { name: "Start a return" });
    await expect.poll(() => start.count(), { timeout: 15_000 }).toBe(1);
    const href = (await start.getAttribute("href"))!;
    const exchange = chat(page).locator("section.sk-card").getByRole("link", { name: "Exchange an item" });
    expect(await exchange.getAttribute("href")).toMatch(/\/returns\?token=.+&refund=exchange$/);
    expect(href).toMatch(/\/returns\?token=/);

    const portal = await context.newPage();
    await portal.goto(href);
    await expect.poll(() => portal.locator("h1").textContent()).toBe("Order #1001");
    const rma = await bookFirstItem(portal, "too_small");
    expect(rma).toMatch(/^RMA-/);
    expect(await portal.locator("img.qr").getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);

    await portal.goto(`${baseUrl()}/dev/outbox`);
    await portal.getByRole("link", { name: new RegExp(`Your return ${rma} for order #1001`) }).click();
    await expect.poll(() => portal.locator("body").textContent()).toContain(rma);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets an anonymous shopper look an order up in Polish and book a return, accessibly", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/returns?lang=pl`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Numer zamówienia lub przesyłki").fill("#2001");
    await page.getByLabel("Adres e-mail lub kod pocztowy dostawy").fill("00-001");
    await page.getByRole("button", { name: "Znajdź zamówienie" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Zamówienie #2001");
    expect(await seriousViolations(page)).toEqual([]);
    const rma = await bookFirstItem(page, "defective");
    expect(await page.locator("main").textContent()).toContain("Zwrot został zarejestrowany");
    expect(rma).toMatch(/^RMA-/);
    await context.close();
  });

  it("never says which lookup detail was wrong", async () => {
    const { page, context } = await openPage(browser, "/returns");
    await page.getByLabel("Order number or tracking number").fill("#1001");
    await page.getByLabel("Email address or delivery postal code").fill("someone@else.com");
    await page.getByRole("button", { name: "Find my order" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toBe("We couldn't find an order with those details. Please check them and try again.");
    await context.close();
  });
});
