// Widget budgets (DESIGN §13): transfer sizes of the loader and the chat app, and launcher click → usable input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildWidget, root } from "./dev-server.mjs";

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

function sizes(files) {
  const bytes = files.map((f) => readFileSync(join(root, "widget/dist", f)));
  return {
    gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    brotli: bytes.reduce((n, b) => n + brotliCompressSync(b).length, 0),
  };
}

export function widgetSizeRows() {
  buildWidget();
  const loader = sizes(["shopkeeper.js"]);
  const app = sizes(["chat/app.js", "chat/app.css", "chat/index.html"]);
  return [
    {
      metric: "loader (gzip / brotli)",
      measured: `${kb(loader.gzip)} / ${kb(loader.brotli)}`,
      budget: "≤ 1.50 KB gzip",
      ok: loader.gzip <= 1536,
    },
    {
      metric: "chat app incl. Preact + cards (gzip / brotli)",
      measured: `${kb(app.gzip)} / ${kb(app.brotli)}`,
      budget: "≤ 20.00 KB gzip",
      ok: app.gzip <= 20 * 1024,
    },
  ];
}

/** Median time from a click on the launcher to a focused, typeable input inside the chat frame (fresh page each run). */
export async function launcherToInteractive(url, runs = 15) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/`);
      const launcher = page.getByRole("button", { name: "Chat with us" });
      await launcher.waitFor();
      const started = Date.now();
      await launcher.click();
      await page.frameLocator('iframe[title="Chat"]').locator("textarea:focus").waitFor();
      times.push(Date.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], max: times.at(-1) };
}
