import { defineConfig } from "drizzle-kit";

// Migrations are flat `*.sql` files that wrangler applies (`wrangler d1 migrations apply DB --local|--remote`).
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
