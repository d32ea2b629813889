import { detectLanguage } from "../../i18n/detect-language";
import type { Language, RouteId } from "../../protocol";
import { analyse } from "./analyse";
import { continuedSkill, isOrderNumberOnly, isSkill } from "./follow-up";
import { type HandoffReason, handoffReason } from "./handoff";
import { confidenceOf, rankRoutes } from "./rank";
import { smallTalk } from "./small-talk";
import { hasOrderNumber, hasPromoCode } from "./text";

export type Routing = {
  route: RouteId;
  confidence: number;
  language: Language;
  followUp: boolean;
  /** Why the message goes to a person, when `route` is "handoff". */
  handoffReason?: HandoffReason;
};
export type RouteContext = { previousRoute?: RouteId; language?: Language };

/** A cue this strong means the message names a topic of its own ("refund", "annuler", "Abo"). */
const TOPIC = 2.5;
/** Below this confidence, a message with no cue and no known word is treated as off-topic. */
const OFF_TOPIC = 0.35;

/**
 * Routes a message to a skill, `handoff` or `none` (DESIGN §3 step 2). Local, deterministic, well under a
 * millisecond. Order of decisions: small talk, then reasons a person must take over, then a follow-up that only
 * makes sense with the previous turn, then keyword cues and the exemplar classifier together.
 */
export function routeMessage(text: string, context: RouteContext = {}): Routing {
  const language = detectLanguage(text, context.language);
  const message = analyse(text);
  const previous = isSkill(context.previousRoute) ? context.previousRoute : undefined;
  const result = (route: RouteId, confidence: number, followUp = false): Routing => ({
    route,
    confidence: Math.round(confidence * 100) / 100,
    language,
    followUp,
  });

  const orderNumber = hasOrderNumber(text);
  if (message.tokens.length === 0 && !orderNumber) return previous ? result(previous, 0.6, true) : result("none", 0.6);
  const talk = smallTalk(message.tokens);
  if (talk === "courtesy") return result("none", 0.9);
  if (talk === "answer") return previous ? result(previous, 0.75, true) : result("none", 0.7);
  const toPerson = handoffReason(message.typed, message.words);
  if (toPerson) return { ...result("handoff", 0.95), handoffReason: toPerson };

  const { ranked, topCue, knownTopicWord } = rankRoutes(message, orderNumber, hasPromoCode(text));
  const continued = continuedSkill(message.tokens, topCue >= TOPIC, previous);
  if (continued) return result(continued, 0.7, true);
  // A bare order reference ("#1003", "order 1003 please") most often asks where that order is.
  if (isOrderNumberOnly(message.tokens)) return result("order_tracking", 0.6);
  const confidence = confidenceOf(ranked);
  // Off-topic ("tell me about the moon"): no cue, no known word, and the classifier unsure too. The knowledge base
  // is the least surprising place to say so.
  if (topCue < 1 && !knownTopicWord && !orderNumber && confidence < OFF_TOPIC) return result("general_qa", confidence);
  return result(ranked[0]!.route, confidence);
}

// Route one message while the module loads: V8 compiles the handoff and cue patterns on first use, and that
// ~10 ms belongs in isolate startup, not in the shopper's first turn.
routeMessage("hi, can someone tell me where my order #1003 is?");
