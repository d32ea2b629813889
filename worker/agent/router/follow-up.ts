import { type RouteId, SKILL_IDS, type SkillId } from "../../protocol";

/** Skills that work on one of the shopper's orders: an order number alone continues them. */
const ORDER_SKILLS = new Set<RouteId>(["order_tracking", "order_modification", "returns"]);

/** Words that come with an order number without adding a topic ("what about order #1002?"). */
const ORDER_FILLER = new Set(
  `and what about how the order number no nr n et la le pour commande numero a i co z zamowienie zamowienia numer
  und was ist mit die bestellung nummer y el que hay de con pedido`.split(/\s+/),
);

/** Openers of a follow-up that leans on the previous message ("and…", "et…", "a co z…", "und…", "y…"). */
const OPENER =
  /^(?:and|what about|how about|also|same|plus|et|aussi|a co|i co|a ta|a ten|a to|a jak|co z|oraz|und|was ist mit|auch|y|que hay de|que pasa con|tambien)\b/;

/** A follow-up may be this long and still have no topic of its own. */
const SHORT = 7;

export function isSkill(route: RouteId | undefined): route is SkillId {
  return route !== undefined && (SKILL_IDS as readonly string[]).includes(route);
}

export function isOrderNumberOnly(tokens: string[]): boolean {
  return tokens.some((t) => /^\d+$/.test(t)) && tokens.every((t) => /^\d+$/.test(t) || ORDER_FILLER.has(t));
}

/**
 * The skill a message without a topic of its own continues, or undefined when it should be routed afresh.
 * "et l'autre ?", "a ta druga?", "what about #1002?" stay; "cancel it" (a topic) switches.
 */
export function continuedSkill(
  tokens: string[],
  hasTopic: boolean,
  previous: RouteId | undefined,
): SkillId | undefined {
  if (!isSkill(previous)) return undefined;
  if (isOrderNumberOnly(tokens)) return ORDER_SKILLS.has(previous) ? previous : undefined;
  if (hasTopic) return undefined;
  return tokens.length <= SHORT || OPENER.test(tokens.join(" ")) ? previous : undefined;
}
