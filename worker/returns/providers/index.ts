import type { ReturnsSettings } from "../settings";
import { afterShipProvider } from "./aftership";
import { builtInPortalProvider } from "./built-in";
import { loopApiProvider, loopPartnerProvider } from "./loop";
import type { ReturnsProvider, ReturnsProviderId } from "./types";

/**
 * Which returns portal this store uses (issue #6 §3). API keys are Worker secrets (`wrangler secret put …`), the
 * rest are `returns.*` settings. `returns.provider` = `auto` (the default) takes the first that is connected:
 * Loop, AfterShip, then the built-in portal.
 */
export type ReturnsEnv = {
  LINK_SECRET: string;
  DEMO_MODE: string;
  LOOP_API_KEY?: string;
  LOOP_PARTNER_SECRET?: string;
  AFTERSHIP_API_KEY?: string;
  /** Optional API base overrides (a proxy, a sandbox, or a local fake in tests). */
  LOOP_API_URL?: string;
  AFTERSHIP_API_URL?: string;
};

/** Where `npm start` serves the demo Worker, for links made with no request to learn the origin from. */
export const DEMO_PORTAL_URL = "http://localhost:8787";

type Candidate = {
  id: ReturnsProviderId;
  /** The exact thing missing, phrased for the merchant; null when the provider can be used. */
  missing(env: ReturnsEnv, settings: ReturnsSettings): string | null;
  create(env: ReturnsEnv, settings: ReturnsSettings, origin?: string): ReturnsProvider;
};

/**
 * The portal is served by this Worker, so its own origin (as the shopper reached it) is the natural base; the
 * `returns.portal_url` setting overrides it (a custom domain in front of the Worker).
 */
export function portalBaseUrl(env: ReturnsEnv, settings: ReturnsSettings, origin?: string): string | undefined {
  return settings.portalUrl ?? origin ?? (env.DEMO_MODE === "true" ? DEMO_PORTAL_URL : undefined);
}

const CANDIDATES: Candidate[] = [
  {
    id: "loop",
    missing: (env, s) =>
      env.LOOP_API_KEY || (env.LOOP_PARTNER_SECRET && s.loop.partner)
        ? null
        : "Loop is not connected (set the LOOP_API_KEY secret, or LOOP_PARTNER_SECRET with the returns.loop.partner setting)",
    create: (env, s) =>
      env.LOOP_API_KEY
        ? loopApiProvider({ apiKey: env.LOOP_API_KEY, lookup: s.loop.lookup, baseUrl: env.LOOP_API_URL || undefined })
        : loopPartnerProvider({ ...s.loop.partner!, secret: env.LOOP_PARTNER_SECRET! }),
  },
  {
    id: "aftership",
    missing: (env) =>
      env.AFTERSHIP_API_KEY ? null : "AfterShip Returns is not connected (set the AFTERSHIP_API_KEY secret)",
    create: (env) => afterShipProvider({ apiKey: env.AFTERSHIP_API_KEY!, baseUrl: env.AFTERSHIP_API_URL || undefined }),
  },
  {
    id: "builtin",
    // The public url is not configuration: it is this Worker's own origin unless `returns.portal_url` overrides it,
    // so it is checked where a link is made (built-in.ts), not here.
    missing: (env, s) => {
      if (!s.address) return "the built-in returns portal has no return address (setting returns.address)";
      if (!env.LINK_SECRET) return "the built-in returns portal cannot sign links (LINK_SECRET is not set)";
      return null;
    },
    create: (env, s, origin) =>
      builtInPortalProvider({ baseUrl: portalBaseUrl(env, s, origin), secret: env.LINK_SECRET }),
  },
];

export type ProviderResolution = { ok: true; provider: ReturnsProvider } | { ok: false; missing: string };

/** The configured provider, or the exact sentence saying why there is none. */
export function resolveReturnsProvider(
  env: ReturnsEnv,
  settings: ReturnsSettings,
  origin?: string,
): ProviderResolution {
  const wanted = settings.provider === "auto" ? CANDIDATES : CANDIDATES.filter((c) => c.id === settings.provider);
  const problems: string[] = [];
  for (const candidate of wanted) {
    const missing = candidate.missing(env, settings);
    if (!missing) return { ok: true, provider: candidate.create(env, settings, origin) };
    problems.push(missing);
  }
  const why = settings.provider === "auto" ? problems.at(-1)! : problems[0]!;
  return { ok: false, missing: `Requires a returns provider or the built-in returns portal: ${why}` };
}
