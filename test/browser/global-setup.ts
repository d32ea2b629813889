import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error plain ESM script shared with `npm start` and the benchmarks
import { startDevServer } from "../../scripts/lib/dev-server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    shopkeeperUrl: string;
  }
}

/**
 * The browser tests drive the real product: `wrangler dev` on its embedded defaults, with its own throwaway state
 * so a developer's local data is never touched. SHOPKEEPER_URL points the tests at an already running Worker instead.
 */
export default async function setup(project: TestProject) {
  if (process.env.SHOPKEEPER_URL) {
    project.provide("shopkeeperUrl", process.env.SHOPKEEPER_URL);
    return;
  }
  const persistTo = mkdtempSync(join(tmpdir(), "shopkeeper-browser-"));
  const server = await startDevServer({ port: Number(process.env.BROWSER_TEST_PORT ?? 8797), persistTo });
  process.env.SHOPKEEPER_URL = server.url;
  project.provide("shopkeeperUrl", server.url);
  return () => {
    server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
