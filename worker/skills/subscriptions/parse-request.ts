import { fold } from "../../agent/router/text";
import type { Frequency } from "../../commerce/types";
import { NUMBER_WORD_PATTERN, numberValue } from "../../i18n/number-words";
import type { Duration } from "./schedule";

/**
 * What the shopper asks of their subscription, read from their message by the embedded model's planner (a real model
 * fills the same fields as tool input). Only a request: the plan checks it against the subscription and the policy.
 */
export type SubscriptionAction = "show" | "pause" | "skip" | "frequency" | "resume" | "cancel";

export type SubscriptionRequest = {
  action?: SubscriptionAction;
  /** Words naming the subscription's product, when the shopper has several. */
  product?: string;
  pauseFor?: Duration;
  every?: Frequency;
};

// Folded text (lower case, no accents): "zawieś" → "zawies", "überspringen" → "uberspringen".
const RESUME =
  /\b(?:resum|restart|reactiv|unpause|reprend|reprenez|wznow|przywroc|odwies|fortsetz|reaktivier|reanud)\w*/;
const SKIP = /\b(?:skip|saut|pomin|uberspring|ueberspring|salta|omiti)\w*/;
const PAUSE = /\b(?:paus|suspend|zawies|wstrzym|aussetz|hold)\w*/;
const CANCEL = /\b(?:cancel|unsubscrib|stop|annul|resili|anul|rezygn|kundig|beend|dar de baja|darme de baja)\w*/;
const FREQUENCY_WORD = /\b(?:frequen|how often|czestotliwosc|haufigkeit|rhythm|rythme|cadence)\w*/;

const UNITS: [Duration["unit"], RegExp][] = [
  ["week", /^(?:weeks?|semaines?|tydzien|tygodni[ea]?|wochen?|semanas?)$/],
  ["month", /^(?:months?|mois|miesiac[ea]?|miesiecy|monate?n?|mes|meses)$/],
  ["day", /^(?:days?|jours?|dzien|dni|tage?n?|dias?)$/],
];
const UNIT_WORD =
  "weeks?|semaines?|tydzien|tygodni[ea]?|wochen?|semanas?|months?|mois|miesiac[ea]?|miesiecy|monate?n?|mes|meses|days?|jours?|dzien|dni|tage?n?|dias?";
const NUMBER = `\\d{1,3}|${NUMBER_WORD_PATTERN}`;
/** "2 months", "deux mois", "dwa miesiące", "a month" (no number: one). */
const AMOUNT = new RegExp(`(?:\\b(${NUMBER})[\\s-]*)?\\b(${UNIT_WORD})\\b`, "g");
/** "every 2 weeks", "toutes les 6 semaines", "co 4 tygodnie", "alle 2 Wochen", "cada 2 semanas", "every month". */
const EVERY = new RegExp(
  `\\b(?:every|each|toutes les|tous les|co|alle|jede[nrs]?|cada)\\s+(?:(${NUMBER})\\s+)?(${UNIT_WORD})\\b`,
);
/** Words that mean a rhythm on their own. */
const RHYTHMS: [RegExp, Frequency][] = [
  [/\b(?:biweekly|fortnightly|bimensuel|quincenal)\b/, { unit: "week", count: 2 }],
  [/\b(?:weekly|hebdomadaire|cotygodniow\w*|wochentlich|semanal)\b/, { unit: "week", count: 1 }],
  [/\b(?:monthly|mensuel\w*|comiesieczn\w*|monatlich\w*|mensual\w*)\b/, { unit: "month", count: 1 }],
];

function unitOf(word: string): Duration["unit"] | undefined {
  return UNITS.find(([, pattern]) => pattern.test(word))?.[0];
}

function durationIn(folded: string): Duration | undefined {
  for (const match of folded.matchAll(AMOUNT)) {
    const unit = unitOf(match[2]!);
    const count = match[1] ? numberValue(match[1]) : 1;
    if (unit && count !== undefined) return { unit, count };
  }
  return undefined;
}

/** A change of rhythm needs a verb: "my monthly subscription" only describes it. */
const CHANGE = /\b(?:change|switch|make|set|move|chang|passe|mett|zmien|ustaw|ander|stell|mach|cambi|pon)\w*/;

function frequencyIn(folded: string): Frequency | undefined {
  const every = folded.match(EVERY);
  if (!every) return undefined;
  const unit = unitOf(every[2]!);
  const count = every[1] ? numberValue(every[1]) : 1;
  return (unit === "week" || unit === "month") && count !== undefined ? { unit, count } : undefined;
}

function rhythmIn(folded: string): Frequency | undefined {
  return CHANGE.test(folded) ? RHYTHMS.find(([pattern]) => pattern.test(folded))?.[1] : undefined;
}

export function parseSubscriptionRequest(text: string): SubscriptionRequest {
  const folded = fold(text);
  const every = frequencyIn(folded);
  const duration = durationIn(folded);
  const request = (action: SubscriptionAction, extra: Partial<SubscriptionRequest> = {}): SubscriptionRequest => ({
    action,
    product: text,
    ...extra,
  });
  if (RESUME.test(folded)) return request("resume");
  if (SKIP.test(folded)) return request("skip");
  // "stop it for two months" is a pause, not a cancellation.
  if (PAUSE.test(folded) || (CANCEL.test(folded) && duration && !every))
    return request("pause", { pauseFor: duration });
  if (every || FREQUENCY_WORD.test(folded)) return request("frequency", { every: every ?? rhythmIn(folded) });
  if (CANCEL.test(folded)) return request("cancel");
  const rhythm = rhythmIn(folded);
  return rhythm ? request("frequency", { every: rhythm }) : request("show");
}
