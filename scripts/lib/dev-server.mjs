// Starts the Worker locally with `wrangler dev` (migrations applied, demo store seeded) and stops it again.
// Used by `npm start`, the browser tests and the benchmarks, so all three run the product the same way.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("../..", import.meta.url).pathname;
const wrangler = join(root, "node_modules/.bin/wrangler");

/** No telemetry, update checks or remote lookups: `npm start` must work with no network at all. */
export const offlineEnv = {
  ...process.env,
  // The project's pinned Node (the `node` devDependency) first, also when a script is run without npm.
  PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}`,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_ERROR_REPORTS: "false",
  NO_UPDATE_NOTIFIER: "1",
  CLOUDFLARE_API_TOKEN: "",
};

/** Local secrets: .dev.vars is created from the committed example the first time. */
export function ensureDevVars() {
  const devVars = join(root, ".dev.vars");
  if (!existsSync(devVars)) {
    copyFileSync(join(root, ".dev.vars.example"), devVars);
    console.log("Created .dev.vars from .dev.vars.example (local development secrets).");
  }
  return Object.fromEntries(
    readFileSync(devVars, "utf8")
      .split("\n")
      .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=\s*"?(.*?)"?\s*$/))
      .filter(Boolean)
      .map((match) => [match[1], match[2]]),
  );
}

export function buildWidget() {
  // wrangler refuses to start without the assets directory, even before the widget has been built.
  mkdirSync(join(root, "widget/dist"), { recursive: true });
  const script = join(root, "scripts/build-widget.mjs");
  if (!existsSync(script)) return;
  const result = spawnSync(process.execPath, [script], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("widget build failed");
}

export function applyMigrations(persistTo) {
  const args = ["d1", "migrations", "apply", "DB", "--local", ...(persistTo ? ["--persist-to", persistTo] : [])];
  const result = spawnSync(wrangler, args, { cwd: root, env: { ...offlineEnv, CI: "true" }, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error("applying D1 migrations failed");
  }
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the Worker did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/**
 * Runs the whole local stack and resolves once it answers. `persistTo` isolates state (tests use a temp dir);
 * `inheritOutput` shows wrangler's own log (for `npm start`).
 */
export async function startDevServer({
  port = 8787,
  persistTo,
  inheritOutput = false,
  vars = {},
  detached = !inheritOutput,
} = {}) {
  const devVars = ensureDevVars();
  buildWidget();
  applyMigrations(persistTo);
  const url = `http://127.0.0.1:${port}`;
  const args = ["dev", "--port", String(port), "--ip", "127.0.0.1", "--show-interactive-dev-session=false"];
  if (persistTo) args.push("--persist-to", persistTo);
  for (const [name, value] of Object.entries(vars)) args.push("--var", `${name}:${value}`);
  const child = spawn(wrangler, args, {
    cwd: root,
    env: offlineEnv,
    stdio: inheritOutput ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    // Tests and benchmarks run wrangler in its own process group so stop() takes workerd down with it; `npm start`
    // keeps it in the terminal's group so Ctrl+C reaches it directly.
    detached: detached && process.platform !== "win32",
  });
  let log = "";
  child.stdout?.on("data", (data) => (log += data));
  child.stderr?.on("data", (data) => (log += data));
  const stop = () => {
    if (child.exitCode !== null) return;
    try {
      if (detached) process.kill(-child.pid, "SIGTERM");
      else child.kill("SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  };
  try {
    await waitForHealth(url, child, 90_000);
    const seeded = await fetch(`${url}/demo/seed`, {
      method: "POST",
      headers: { authorization: `Bearer ${devVars.ADMIN_TOKEN}` },
    });
    if (!seeded.ok && devVars.DEMO_MODE === "true") throw new Error(`seeding the demo store failed: ${seeded.status}`);
  } catch (error) {
    stop();
    if (log) process.stderr.write(log);
    throw error;
  }
  return { url, stop, child, log: () => log };
}
