import type { CueRoute } from "../cues";

/** Example messages per route in one language; the classifier learns word and letter patterns from them. */
export type Exemplars = Record<CueRoute, string[]>;
