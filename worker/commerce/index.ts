import type { AppEnv } from "../bindings";
import { demoCommerce } from "./demo";
import type { CommerceBackend } from "./types";

/** The commerce backend of this deployment. The demo store is the embedded default; real backends plug in here. */
export function commerceFor(env: AppEnv): CommerceBackend {
  return demoCommerce(env.DB);
}
