import { Hono } from "hono";
import type { AppEnv } from "./bindings";
import { handleError, handleNotFound } from "./http/errors";
import { chatRoutes } from "./routes/chat";
import { conversationRoutes } from "./routes/conversations";
import { demoRoutes } from "./routes/demo";

export { Conversation } from "./conversation/conversation";

/** The Worker (DESIGN §1): web chat API, demo routes; channels and the merchant console mount here too. */
export const app = new Hono<{ Bindings: AppEnv }>()
  .get("/healthz", (c) => c.json({ ok: true }))
  .route("/v1/conversations", conversationRoutes)
  .route("/v1/chat", chatRoutes)
  .route("/demo", demoRoutes);

app.onError(handleError);
app.notFound(handleNotFound);

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<AppEnv>;
