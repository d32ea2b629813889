import { detectLanguage } from "../../i18n/detect-language";
import type { Language, RouteId } from "../../protocol";
import { CUES, SMALL_TALK } from "./cues";

export type Routing = { route: RouteId; confidence: number; language: Language; followUp: boolean };
export type RouteContext = { previousRoute?: RouteId; language?: Language };

/** Lower-case, accent-free, single-spaced: the form cues are written in. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

function scoreRoutes(normalized: string): [RouteId, number][] {
  const padded = ` ${normalized.replace(/[^\p{L}\p{N}'#€$% ]/gu, " ")} `;
  const scores: [RouteId, number][] = [];
  for (const [route, cues] of Object.entries(CUES) as [RouteId, [string, number][]][]) {
    let score = 0;
    for (const [stem, weight] of cues) if (padded.includes(` ${stem}`)) score += weight;
    scores.push([route, score]);
  }
  return scores.sort((a, b) => b[1] - a[1]);
}

/**
 * Routes a message to a skill, `handoff` or `none` (DESIGN §3.2), re-classified every turn: a message with a topic
 * of its own switches skill; a short follow-up without one ("and the other one?", "#1002") stays where it was.
 */
export function routeMessage(text: string, context: RouteContext = {}): Routing {
  const language = detectLanguage(text, context.language);
  const normalized = normalize(text);
  if (SMALL_TALK.test(normalized)) return { route: "none", confidence: 0.9, language, followUp: false };
  const [[best, bestScore], [, secondScore]] = scoreRoutes(normalized) as [[RouteId, number], [RouteId, number]];
  const hasOrderNumber = /#?\d{4,}/.test(normalized);
  if (bestScore === 0) {
    if (context.previousRoute && context.previousRoute !== "none" && normalized.split(" ").length <= 6) {
      return { route: context.previousRoute, confidence: 0.6, language, followUp: true };
    }
    if (hasOrderNumber) return { route: "order_tracking", confidence: 0.55, language, followUp: false };
    return { route: "general_qa", confidence: 0.3, language, followUp: false };
  }
  const confidence = Math.min(0.99, 0.5 + (bestScore - secondScore) / (2 * bestScore + 2));
  return { route: best, confidence, language, followUp: false };
}
