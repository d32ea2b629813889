import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/** Secrets and vars the worker tests run with — the same values as .dev.vars.example, so tokens sign alike. */
// Tests run offline: never ask Cloudflare for the Request.cf placeholder data.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= "false";

export const TEST_BINDINGS = {
  DEMO_MODE: "true",
  IDENTITY_SECRET: "dev-identity-secret-change-me-0123456789abcdef",
  LINK_SECRET: "dev-link-secret-change-me-0123456789abcdef",
  ADMIN_TOKEN: "dev-admin-token",
  OPENAI_API_KEY: "",
  HANDOFF_WEBHOOK_SECRET: "dev-handoff-webhook-secret-change-me-0123",
};

// Three projects (DESIGN §2): `unit` for pure code in Node, `worker` inside workerd, `browser` drives real
// Chromium against a locally running Worker (see test/browser).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "unit", environment: "node", include: ["test/unit/**/*.test.ts"] },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: { ...TEST_BINDINGS, TEST_MIGRATIONS: await readD1Migrations("./db/migrations") },
            },
          })),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          setupFiles: ["test/worker/setup.ts"],
          globalSetup: ["test/fakes/global-setup.ts"],
        },
      },
      {
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
