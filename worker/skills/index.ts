import type { AppEnv } from "../bindings";
import type { SkillId } from "../protocol";
import { discounts } from "./discounts";
import { generalQa } from "./general-qa";
import { loyalty } from "./loyalty";
import { orderModification } from "./order-modification";
import { orderTracking } from "./order-tracking";
import { productRecommendations } from "./product-recommendations";
import { returns } from "./returns";
import { subscriptions } from "./subscriptions";
import type { SkillDefinition, SkillStatus } from "./types";

/** The skill registry (DESIGN §4): adding a skill is one file and one line here. */
export const skills: readonly SkillDefinition[] = [
  returns,
  orderTracking,
  orderModification,
  subscriptions,
  loyalty,
  discounts,
  generalQa,
  productRecommendations,
];

const byId = new Map(skills.map((skill) => [skill.id, skill]));

export function findSkill(id: SkillId): SkillDefinition {
  const skill = byId.get(id);
  if (!skill) throw new Error(`unknown skill ${id}`);
  return skill;
}

/** Computed, never toggled: coming soon without shipped code, unavailable with the exact missing prerequisite. */
export async function skillStatus(skill: SkillDefinition, env: AppEnv): Promise<SkillStatus> {
  if (!skill.runtime) return { status: "coming_soon" };
  const results = await Promise.all(skill.prerequisites.map((p) => p.holds(env)));
  const missing = skill.prerequisites.flatMap((p, i) => {
    const result = results[i];
    if (result === true) return [];
    return [typeof result === "string" ? result : p.missing];
  });
  return missing.length ? { status: "unavailable", missing } : { status: "live" };
}
