import type { Analysis } from "./analyse";
import { routerModel } from "./analyse";
import type { CueRoute } from "./cues";
import { cueScores } from "./cues";
import { STOPWORDS } from "./stopwords";

export type Ranked = { route: CueRoute; score: number }[];

/** How much the classifier's probability adds to the keyword score: enough to settle ties and fill gaps. */
const CLASSIFIER_WEIGHT = 3;
/** What an order number says about the route by itself: a hint towards tracking, weaker than any real cue. */
const ORDER_NUMBER_HINT = 0.5;
/**
 * A code-shaped token ("VIP20", "SUMMER5") names a discount code, whatever its letters spell: stronger than the
 * word cue its letters would trigger on their own ("vip" → loyalty).
 */
const PROMO_CODE_HINT = 3.5;

/**
 * Every route scored from keyword cues plus the exemplar classifier, best first. `topCue` is the strongest cue
 * score alone: it tells whether the message names a topic of its own, which the classifier cannot (it always
 * answers something). `knownTopicWord` says whether the classifier had any word to go on at all.
 */
export function rankRoutes(
  message: Analysis,
  orderNumber = false,
  promoCode = false,
): { ranked: Ranked; topCue: number; knownTopicWord: boolean } {
  const cues = cueScores(message.words);
  if (promoCode) cues.set("discounts", (cues.get("discounts") ?? 0) + PROMO_CODE_HINT);
  const topCue = Math.max(0, ...cues.values());
  // "order 1003 please" most often asks where that order is.
  if (orderNumber) cues.set("order_tracking", (cues.get("order_tracking") ?? 0) + ORDER_NUMBER_HINT);
  const { classifier } = routerModel();
  const posterior = classifier.posterior(message.features);
  const ranked: Ranked = [];
  for (const [route, probability] of posterior) {
    ranked.push({ route, score: (cues.get(route) ?? 0) + CLASSIFIER_WEIGHT * probability });
  }
  ranked.sort((a, b) => b.score - a.score);
  // Without a cue or a word the exemplars tie to a few routes, the classifier is only echoing letter patterns.
  const knownTopicWord = message.tokens.some(
    (token) => !STOPWORDS.has(token) && classifier.isInformative(`w:${token}`, 4),
  );
  return { ranked, topCue, knownTopicWord };
}

/** Softmax of the scores: the share of belief the winner gets (1/9 when nothing stands out). */
export function confidenceOf(ranked: Ranked, temperature = 1.5): number {
  const best = ranked[0]?.score ?? 0;
  const sum = ranked.reduce((total, { score }) => total + Math.exp((score - best) / temperature), 0);
  return sum > 0 ? 1 / sum : 0;
}
