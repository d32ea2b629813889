import type { Language } from "../../../protocol";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { pl } from "./pl";
import type { Exemplars } from "./types";

export type { Exemplars } from "./types";

/** Exemplars per language. A new language is a new file here plus its cue table (cues/index.ts). */
export const EXEMPLARS: Record<Language, Exemplars> = { en, fr, pl, de, es };
