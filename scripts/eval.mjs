// `npm run eval -- <kind> FILE`: offline evaluations (router accuracy, knowledge-base retrieval).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root } from "./lib/dev-server.mjs";

const [kind, ...rest] = process.argv.slice(2);
const script = kind && join(root, "test/eval", `${kind}.ts`);
if (!script || !existsSync(script)) {
  console.error("usage: npm run eval -- <router|kb> FILE.tsv");
  process.exit(2);
}
const result = spawnSync(join(root, "node_modules/.bin/tsx"), [script, ...rest], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_NO_WARNINGS: "1" },
});
process.exit(result.status ?? 1);
