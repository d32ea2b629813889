import { and, desc, eq, gte, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { skillEvents } from "../../db/schema";

/** Turn outcomes as the agent records them (see TurnOutcome). */
const OUTCOMES = ["answered", "login_required", "handoff", "error"] as const;
export type OutcomeCounts = Record<(typeof OUTCOMES)[number], number>;

export type SkillVolume = {
  volume: number;
  /** Share of turns the skill answered itself. */
  resolutionRate: number;
  /** Share of turns that ended with a person taking over. */
  handoffRate: number;
  outcomes: OutcomeCounts;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);

function summarise(counts: Map<string, number>): SkillVolume {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, counts.get(o) ?? 0])) as OutcomeCounts;
  const volume = [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    volume,
    resolutionRate: rate(outcomes.answered, volume),
    handoffRate: rate(outcomes.handoff, volume),
    outcomes,
  };
}

/** Volume and outcome rates per route over the last `days` days, one grouped query. */
export async function volumeByRoute(d1: D1Database, days: number, now = Date.now()) {
  const rows = await drizzle(d1)
    .select({ route: skillEvents.route, outcome: skillEvents.outcome, n: sql<number>`count(*)` })
    .from(skillEvents)
    .where(gte(skillEvents.createdAt, now - days * DAY_MS))
    .groupBy(skillEvents.route, skillEvents.outcome);
  const byRoute = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const counts = byRoute.get(row.route) ?? new Map<string, number>();
    counts.set(row.outcome, row.n);
    byRoute.set(row.route, counts);
  }
  return (route: string) => summarise(byRoute.get(route) ?? new Map());
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
