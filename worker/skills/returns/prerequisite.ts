import { resolveReturnsProvider } from "../../returns/providers";
import { returnsSettings } from "../../returns/settings";
import type { Prerequisite } from "../types";

/**
 * A returns portal to send shoppers to: Loop or AfterShip (their API keys are Worker secrets), or the built-in
 * portal, which needs a return address and a public url (D1 settings) and LINK_SECRET to sign its links.
 */
export const returnsPortal: Prerequisite = {
  id: "returns_portal",
  missing:
    "Requires a returns provider or the built-in returns portal (connect Loop or AfterShip, or set returns.address)",
  holds: async (env) => {
    if (!env.DB) return false;
    const resolution = resolveReturnsProvider(env, await returnsSettings(env.DB));
    return resolution.ok || resolution.missing;
  },
};
