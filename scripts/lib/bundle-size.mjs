// Builds the deployable Worker bundle with `wrangler deploy --dry-run` (no account, no network) and measures it.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildWidget, offlineEnv, root } from "./dev-server.mjs";

export const WORKER_GZIP_BUDGET = 1024 * 1024;

export function dryRunBundle() {
  buildWidget();
  const outdir = join(root, ".wrangler/dry-run");
  const result = spawnSync(join(root, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", outdir], {
    cwd: root,
    env: offlineEnv,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error("wrangler deploy --dry-run failed");
  }
  const files = readdirSync(outdir).filter((f) => /\.(m?js|wasm)$/.test(f) && statSync(join(outdir, f)).isFile());
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outdir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}
