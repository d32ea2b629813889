import { applyD1Migrations, env } from "cloudflare:test";
import { seedDemoStore } from "../../db/seed";

// Each test file gets its own isolated storage: migrate and seed the demo store before its tests run.
const testEnv = env as typeof env & { TEST_MIGRATIONS: import("cloudflare:test").D1Migration[] };
await applyD1Migrations(testEnv.DB, testEnv.TEST_MIGRATIONS);
await seedDemoStore(testEnv.DB);
