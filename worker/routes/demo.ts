import { Hono } from "hono";
import { seedDemoStore } from "../../db/seed";
import { signJwt } from "../auth/jwt";
import type { AppEnv } from "../bindings";
import { demoOnly } from "../http/demo-only";
import { ApiError, readJson } from "../http/errors";
import { requireAdmin } from "../http/require-admin";
import { demoSyntheticKb } from "./demo-synthetic-kb";

const DEMO_CUSTOMERS: Record<string, { sub: string; email: string }> = {
  alice: { sub: "cust_alice", email: "alice@example.com" },
  bartek: { sub: "cust_bartek", email: "bartek@example.com" },
  carol: { sub: "cust_carol", email: "carol@example.com" },
};

/**
 * Demo-only routes (DEMO_MODE = "true" in .dev.vars, never in the deploy config). Outside demo mode they do not
 * exist at all: 404, like any unknown route.
 */
export const demoRoutes = new Hono<{ Bindings: AppEnv }>()
  .use(demoOnly)
  // Signs an identity token for a demo customer exactly as a merchant's backend would.
  .post("/identity", async (c) => {
    const body = await readJson<{ customer?: unknown }>(c, "demo");
    const customer = typeof body?.customer === "string" ? DEMO_CUSTOMERS[body.customer.toLowerCase()] : undefined;
    if (!customer) {
      throw new ApiError("bad_request", "demo", `'customer' must be one of ${Object.keys(DEMO_CUSTOMERS).join(", ")}.`);
    }
    const exp = Math.floor(Date.now() / 1000) + 60 * 60;
    const identityToken = await signJwt(
      { ...customer, iat: Math.floor(Date.now() / 1000), exp },
      c.env.IDENTITY_SECRET,
    );
    return c.json({ identityToken, expiresAt: new Date(exp * 1000).toISOString() });
  })
  // Re-seeds the demo store (fresh relative dates). `npm start` calls it on every start.
  .post("/seed", requireAdmin, async (c) => {
    await seedDemoStore(c.env.DB);
    return c.json({ seeded: true });
  })
  // Synthetic knowledge-base content for the search benchmark (`npm run bench`).
  .route("/kb", demoSyntheticKb);
