import { type ProviderResolution, resolveReturnsProvider } from "../../returns/providers";
import { type ReturnsSettings, returnsSettings } from "../../returns/settings";
import type { SkillContext } from "../types";

export type ReturnsSetup = { settings: ReturnsSettings; provider: ProviderResolution };

const loaded = new WeakMap<SkillContext, Promise<ReturnsSetup>>();

/**
 * The store's return policy and portal for this turn, read once however many tools ask. Portal links are made on
 * the Worker's origin the conversation was opened through.
 */
export function returnsSetup(ctx: SkillContext): Promise<ReturnsSetup> {
  let setup = loaded.get(ctx);
  if (!setup) {
    setup = returnsSettings(ctx.env.DB).then((settings) => ({
      settings,
      provider: resolveReturnsProvider(ctx.env, settings, ctx.conversation.origin),
    }));
    loaded.set(ctx, setup);
  }
  return setup;
}
