import { Hono } from "hono";
import { type AppEnv, isDemoMode } from "./bindings";
import { reportConfigOnce } from "./config/check-config";
import { ApiError, handleError, handleNotFound } from "./http/errors";
import { adminConversations } from "./routes/admin-conversations";
import { adminKb } from "./routes/admin-kb";
import { adminReturns } from "./routes/admin-returns";
import { adminSettings } from "./routes/admin-settings";
import { adminSkills } from "./routes/admin-skills";
import { chatRoutes } from "./routes/chat";
import { conversationRoutes } from "./routes/conversations";
import { demoRoutes } from "./routes/demo";
import { demoStorefront } from "./routes/demo-storefront";
import { devOutbox } from "./routes/dev-outbox";
import { returnsPortal } from "./routes/returns-portal";
import { widgetConfig } from "./routes/widget-config";

export { Conversation } from "./conversation/conversation";

/** The Worker (DESIGN §1): web chat API, demo routes; channels and the merchant console mount here too. */
export const app = new Hono<{ Bindings: AppEnv }>()
  // Liveness for uptime checks; whether the secrets are in place, without saying which (that goes to the log).
  .get("/healthz", (c) => c.json({ ok: true, configured: reportConfigOnce(c.env).length === 0 }))
  .use("/v1/*", async (c, next) => {
    // Without its secrets the Worker cannot issue or check tokens: refuse clearly instead of failing obscurely.
    if (reportConfigOnce(c.env).some((p) => p.setting !== "ADMIN_TOKEN")) {
      throw new ApiError(
        "unavailable",
        "config",
        "Shopkeeper is not configured yet. The store owner has been notified.",
      );
    }
    await next();
  })
  .route("/v1/conversations", conversationRoutes)
  .route("/v1/chat", chatRoutes)
  .route("/v1/widget/config", widgetConfig)
  .route("/admin/api/kb", adminKb)
  .route("/admin/api/conversations", adminConversations)
  .route("/admin/api/returns", adminReturns)
  .route("/admin/api/settings", adminSettings)
  .route("/admin/api", adminSkills)
  .route("/demo", demoRoutes)
  .route("/dev/outbox", devOutbox)
  .route("/returns", returnsPortal)
  // The demo storefront exists only in demo mode; a deployed store's own site embeds the loader instead.
  .use("/", async (c, next) => (isDemoMode(c.env) ? next() : handleNotFound(c)))
  .route("/", demoStorefront);

app.onError(handleError);
app.notFound(handleNotFound);

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<AppEnv>;
