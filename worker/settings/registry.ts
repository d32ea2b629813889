import { HANDOFF_SETTING_VALIDATORS } from "../handoff/settings";
import { RETURNS_SETTING_VALIDATORS } from "../returns/settings-validators";
import { WIDGET_SETTING_VALIDATORS } from "../routes/widget-config";

/**
 * Every merchant setting Shopkeeper knows, with the check a value must pass before it is stored (DESIGN §12:
 * "validated on write"). Each feature owns its keys; this is the one list the settings API consults.
 */
export const SETTING_VALIDATORS: Readonly<Record<string, (value: unknown) => boolean>> = {
  ...WIDGET_SETTING_VALIDATORS,
  ...HANDOFF_SETTING_VALIDATORS,
  ...RETURNS_SETTING_VALIDATORS,
};

export const isKnownSetting = (key: string) => Object.hasOwn(SETTING_VALIDATORS, key);
