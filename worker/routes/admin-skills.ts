import { desc } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { Hono } from "hono";
import { skillRequests } from "../../db/schema";
import { dailyVolume, recentQuestions, volumeByRoute } from "../analytics/skill-stats";
import type { AppEnv } from "../bindings";
import { commerceFor } from "../commerce";
import { ApiError, readJson } from "../http/errors";
import { requireAdmin } from "../http/require-admin";
import { SKILL_IDS, type SkillId } from "../protocol";
import { findSkill, skillStatus, skills } from "../skills";
import type { SkillContext, SkillDefinition } from "../skills/types";

const SURFACE = "skills";
/** The console's default window for volumes and rates. */
const WINDOW_DAYS = 30;
const MAX_REQUEST = 1000;

async function statusFields(skill: SkillDefinition, env: AppEnv) {
  const computed = await skillStatus(skill, env);
  return computed.status === "unavailable"
    ? { status: computed.status, reason: computed.missing.join("; ") }
    : { status: computed.status };
}

/**
 * The names of the tools a skill gives the model. Tools are built per turn from the conversation's context; building
 * them against an inert context only reads their names (nothing runs until a tool is called).
 */
function toolNames(skill: SkillDefinition, env: AppEnv): string[] {
  if (!skill.runtime) return [];
  const inert = {
    env,
    text: "",
    language: "en",
    shopper: null,
    commerce: commerceFor(env),
    writer: { write() {}, merge() {}, onError: undefined },
    conversation: { id: "", pending: null, answer: null, propose() {}, handOff: async () => "" },
  } as unknown as SkillContext;
  return Object.keys(skill.runtime.tools(inert));
}

function windowDays(value: string | undefined): number {
  if (value === undefined) return WINDOW_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    throw new ApiError("bad_request", SURFACE, "'days' must be a whole number from 1 to 365.");
  }
  return days;
}

/** Per-skill analytics and status for the merchant console (issue 5 §5). Status is computed, never stored. */
// Mounted at /admin/api beside other admin routers, so the admin check sits on each route rather than on "*".
export const adminSkills = new Hono<{ Bindings: AppEnv }>()
  .get("/skills", requireAdmin, async (c) => {
    const days = windowDays(c.req.query("days"));
    const volume = await volumeByRoute(c.env.DB, days);
    return c.json({
      days,
      skills: await Promise.all(
        skills.map(async (skill) => {
          const { volume: count, resolutionRate, handoffRate, abandonRate } = volume(skill.id);
          return {
            id: skill.id,
            name: skill.name,
            category: skill.category,
            ...(await statusFields(skill, c.env)),
            volume: count,
            resolutionRate,
            handoffRate,
            abandonRate,
          };
        }),
      ),
    });
  })
  .get("/skills/:id", requireAdmin, async (c) => {
    const id = c.req.param("id");
    if (!SKILL_IDS.includes(id as SkillId)) throw new ApiError("not_found", SURFACE, `No skill '${id}'.`);
    const skill = findSkill(id as SkillId);
    const days = windowDays(c.req.query("days"));
    const [volume, daily, questions] = await Promise.all([
      volumeByRoute(c.env.DB, days),
      dailyVolume(c.env.DB, skill.id, days),
      recentQuestions(c.env.DB, skill.id, 20),
    ]);
    return c.json({
      id: skill.id,
      name: skill.name,
      category: skill.category,
      ...(await statusFields(skill, c.env)),
      overview: skill.overview,
      whenToUse: skill.whenToUse,
      howToRespond: skill.howToRespond,
      login: skill.login,
      tools: toolNames(skill, c.env),
      prerequisites: await Promise.all(
        skill.prerequisites.map(async (p) => {
          const result = await p.holds(c.env);
          return { id: p.id, holds: result === true, missing: typeof result === "string" ? result : p.missing };
        }),
      ),
      cards: skill.cards,
      channels: skill.channels,
      days,
      ...volume(skill.id),
      volumeOverTime: daily,
      recentQuestions: questions.map((q) => ({ ...q, createdAt: new Date(q.createdAt).toISOString() })),
    });
  })
  .post("/skill-requests", requireAdmin, async (c) => {
    const body = await readJson<{ description?: unknown }>(c, "skill_request");
    const description = typeof body?.description === "string" ? body.description.trim() : "";
    if (!description) throw new ApiError("bad_request", "skill_request", "'description' is required.");
    if (description.length > MAX_REQUEST) {
      throw new ApiError("bad_request", "skill_request", `'description' must be at most ${MAX_REQUEST} characters.`);
    }
    const [row] = await drizzle(c.env.DB)
      .insert(skillRequests)
      .values({ description, createdAt: Date.now() })
      .returning({ id: skillRequests.id });
    return c.json({ id: row!.id, description }, 201);
  })
  .get("/skill-requests", requireAdmin, async (c) => {
    const rows = await drizzle(c.env.DB).select().from(skillRequests).orderBy(desc(skillRequests.createdAt)).limit(100);
    return c.json({ requests: rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })) });
  });
