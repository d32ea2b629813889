import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, baseUrl, chat, launch, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const admin = (path: string, body?: unknown) =>
  fetch(`${baseUrl()}/admin/api/conversations${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: "Bearer dev-admin-token", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("handoff in the widget", () => {
  it("shows a person's reply from the console in the open chat, labelled as the team", async () => {
    const { page, errors, context } = await openPage(browser, "/");
    await page.getByRole("button", { name: "Chat with us" }).click();
    await ask(page, "I want to talk to a human");
    const log = chat(page).getByRole("log");
    await expect.poll(() => log.textContent(), { timeout: 15_000 }).toMatch(/passed this to our team/);

    const conversationId = await chat(page)
      .locator("body")
      .evaluate(() => JSON.parse(localStorage.getItem("shopkeeper:conversation") ?? "{}").conversationId as string);
    const reply = await admin(`/${conversationId}/reply`, { text: "Hello, this is Marie from the shop." });
    expect(reply.status).toBe(201);

    await expect
      .poll(() => log.textContent(), { timeout: 15_000 })
      .toMatch(/Team: Hello, this is Marie from the shop\./);
    expect(errors).toEqual([]);
    await context.close();
  });
});
