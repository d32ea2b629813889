// `npm run bench`: speed and size budgets as ratios against a baseline measured in the same run (DESIGN §13).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dryRunBundle, WORKER_GZIP_BUDGET } from "./lib/bundle-size.mjs";
import { ensureDevVars, startDevServer } from "./lib/dev-server.mjs";
import { signIdentityToken } from "./lib/identity-token.mjs";
import { kbSearchRows } from "./lib/kb-bench.mjs";
import { launcherToInteractive, widgetSizeRows } from "./lib/widget-bench.mjs";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const TURNS_PER_CONVERSATION = 10;
const rows = [];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Milliseconds until the first byte of the response body arrives; the rest is drained and discarded. */
async function timeToFirstByte(url, init) {
  const started = performance.now();
  const res = await fetch(url, init);
  const reader = res.body.getReader();
  await reader.read();
  const elapsed = performance.now() - started;
  while (!(await reader.read()).done);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return elapsed;
}

async function benchFirstByte(server) {
  const devVars = ensureDevVars();
  const hello = [];
  const turn = [];
  const questions = ["Where is my order #1003?", "Où est ma commande 1003 ?", "Gdzie jest zamówienie 1003?"];
  let conversation;
  for (let i = 0; i < SAMPLES; i++) {
    // A distinct client address per conversation keeps the abuse limiter out of a latency measurement.
    const ip = `203.0.113.${Math.floor(i / TURNS_PER_CONVERSATION) % 250}`;
    if (i % TURNS_PER_CONVERSATION === 0) {
      const res = await fetch(`${server.url}/v1/conversations`, {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": ip },
        body: JSON.stringify({
          identityToken: await signIdentityToken(devVars.IDENTITY_SECRET, "cust_alice", "alice@example.com"),
        }),
      });
      conversation = await res.json();
    }
    hello.push(await timeToFirstByte(`${server.url}/healthz`, { headers: { "cf-connecting-ip": ip } }));
    turn.push(
      await timeToFirstByte(`${server.url}/v1/chat`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${conversation.token}`,
          "cf-connecting-ip": ip,
        },
        body: JSON.stringify({
          id: conversation.conversationId,
          messages: [
            { id: `bench-${i}`, role: "user", parts: [{ type: "text", text: questions[i % questions.length] }] },
          ],
        }),
      }),
    );
  }
  for (const p of [50, 99]) {
    const ratio = percentile(turn, p) / percentile(hello, p);
    rows.push({
      metric: `time to first byte p${p} (n=${SAMPLES})`,
      measured: `${percentile(turn, p).toFixed(2)} ms vs hello ${percentile(hello, p).toFixed(2)} ms = ${ratio.toFixed(2)}×`,
      budget: p === 50 ? "≤ 3×" : "—",
      ok: p === 50 ? ratio <= 3 : true,
    });
  }
}

const persistTo = mkdtempSync(join(tmpdir(), "shopkeeper-bench-"));
const server = await startDevServer({ port: Number(process.env.BENCH_PORT ?? 8799), persistTo });
try {
  await benchFirstByte(server);
  const open = await launcherToInteractive(server.url);
  rows.push({
    metric: "launcher click → input ready (median of 15)",
    measured: `${open.median} ms (max ${open.max} ms)`,
    budget: "—",
    ok: true,
  });
  // Last: it grows the knowledge base to 100k synthetic chunks, which the chat measurements must not see.
  rows.push(...(await kbSearchRows(server, ensureDevVars().ADMIN_TOKEN, SAMPLES)));
} finally {
  server.stop();
  rmSync(persistTo, { recursive: true, force: true });
}

const bundle = dryRunBundle();
rows.push({
  metric: "Worker bundle (gzip)",
  measured: kib(bundle.gzip),
  budget: `≤ ${kib(WORKER_GZIP_BUDGET)}`,
  ok: bundle.gzip <= WORKER_GZIP_BUDGET,
});

rows.push(...widgetSizeRows());

console.log();
console.table(rows.map((r) => ({ metric: r.metric, measured: r.measured, budget: r.budget, ok: r.ok ? "✓" : "✗" })));
if (rows.some((r) => !r.ok)) process.exitCode = 1;
