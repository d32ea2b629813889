// `npm test`: the whole suite — typecheck, lint, unit + workerd + browser tests, and a deploy dry-run bundle check.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { dryRunBundle, WORKER_GZIP_BUDGET } from "./lib/bundle-size.mjs";
import { buildWidget, root } from "./lib/dev-server.mjs";

const bin = (name) => join(root, "node_modules/.bin", name);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

step("Typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
step("Lint", bin("biome"), ["check", "."]);
console.log("\n▶ Build widget");
buildWidget();

const results = join(root, ".wrangler/test-results.json");
rmSync(results, { force: true });
console.log("\n▶ Tests (unit, worker in workerd, browser in Chromium)");
const vitest = spawnSync(
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" },
);
let summary = null;
if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, "utf8"));
  summary = { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests };
}

console.log("\n▶ Deploy dry-run bundle");
const bundle = dryRunBundle();
const withinBudget = bundle.gzip <= WORKER_GZIP_BUDGET;
console.log(`Worker bundle: ${kib(bundle.raw)} raw, ${kib(bundle.gzip)} gzip (budget ${kib(WORKER_GZIP_BUDGET)})`);

if (summary) console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
if (vitest.status !== 0 || !summary || summary.failed > 0) process.exit(vitest.status || 1);
if (!withinBudget) {
  console.error("✖ Worker bundle is over its gzip budget");
  process.exit(1);
}
