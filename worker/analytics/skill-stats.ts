import { and, desc, eq, gte, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { skillEvents } from "../../db/schema";
import { rate } from "./rate";

/**
 * How each turn ended, for the merchant: `resolved` (the skill answered), `handoff` (a person took over),
 * `abandoned` (a sign-in request or an error was the last thing the shopper saw), `continued` (the same, but the
 * shopper carried on — signed in, rephrased).
 */
export type OutcomeCounts = { resolved: number; handoff: number; abandoned: number; continued: number };

export type SkillVolume = {
  volume: number;
  /** Share of turns the skill answered itself. */
  resolutionRate: number;
  /** Share of turns that ended with a person taking over. */
  handoffRate: number;
  /** Share of turns after which the shopper left without an answer. */
  abandonRate: number;
  outcomes: OutcomeCounts;
};

/** A recorded turn outcome (see TurnOutcome) and whether the conversation went on after it. */
function classify(outcome: string, followed: boolean): keyof OutcomeCounts {
  if (outcome === "answered") return "resolved";
  if (outcome === "handoff") return "handoff";
  return followed ? "continued" : "abandoned";
}

const DAY_MS = 24 * 60 * 60 * 1000;

function summarise(outcomes: OutcomeCounts): SkillVolume {
  const volume = outcomes.resolved + outcomes.handoff + outcomes.abandoned + outcomes.continued;
  return {
    volume,
    resolutionRate: rate(outcomes.resolved, volume),
    handoffRate: rate(outcomes.handoff, volume),
    abandonRate: rate(outcomes.abandoned, volume),
    outcomes,
  };
}

const empty = (): OutcomeCounts => ({ resolved: 0, handoff: 0, abandoned: 0, continued: 0 });

/** Volume and outcome rates per route over the last `days` days, one grouped query. */
export async function volumeByRoute(d1: D1Database, days: number, now = Date.now()) {
  const { results } = await d1
    .prepare(
      `SELECT e.route AS route, e.outcome AS outcome,
              EXISTS (SELECT 1 FROM skill_events AS later
                      WHERE later.conversation_id = e.conversation_id AND later.id > e.id) AS followed,
              count(*) AS n
       FROM skill_events AS e WHERE e.created_at >= ? GROUP BY route, outcome, followed`,
    )
    .bind(now - days * DAY_MS)
    .all<{ route: string; outcome: string; followed: number; n: number }>();
  const byRoute = new Map<string, OutcomeCounts>();
  for (const row of results) {
    const counts = byRoute.get(row.route) ?? empty();
    counts[classify(row.outcome, row.followed === 1)] += row.n;
    byRoute.set(row.route, counts);
  }
  return (route: string) => summarise(byRoute.get(route) ?? empty());
}

/** Turns per UTC day for one route, every day present (zero-filled) so charts need no gap logic. */
export async function dailyVolume(d1: D1Database, route: string, days: number, now = Date.now()) {
  const since = Math.floor(now / DAY_MS) * DAY_MS - (days - 1) * DAY_MS;
  const rows = await drizzle(d1)
    .select({ day: sql<number>`${skillEvents.createdAt} / ${DAY_MS}`, n: sql<number>`count(*)` })
    .from(skillEvents)
    .where(and(eq(skillEvents.route, route), gte(skillEvents.createdAt, since)))
    .groupBy(sql`1`);
  const counts = new Map(rows.map((row) => [Math.floor(row.day), row.n]));
  return Array.from({ length: days }, (_, i) => {
    const day = Math.floor(since / DAY_MS) + i;
    return { date: new Date(day * DAY_MS).toISOString().slice(0, 10), volume: counts.get(day) ?? 0 };
  });
}

export async function recentQuestions(d1: D1Database, route: string, limit: number) {
  return drizzle(d1)
    .select({ question: skillEvents.question, outcome: skillEvents.outcome, createdAt: skillEvents.createdAt })
    .from(skillEvents)
    .where(and(eq(skillEvents.route, route), sql`${skillEvents.question} IS NOT NULL`))
    .orderBy(desc(skillEvents.createdAt))
    .limit(limit);
}
