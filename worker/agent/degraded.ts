import type { AppEnv } from "../bindings";
import type { EmbeddedScript } from "../llm/embedded";
import { skillStatus } from "../skills";
import { generalQa } from "../skills/general-qa";
import type { SkillDefinition, SkillRuntime } from "../skills/types";

export type SkillRun =
  | { runtime: SkillRuntime; degraded: false }
  | { runtime: SkillRuntime; degraded: true; missing: string[] };

/**
 * A skill that is not live degrades as a merchant would expect (DESIGN §3.3): it answers its policy from the
 * knowledge base, then hands the conversation to a person who can do what the chat cannot. Computed every turn (a
 * few indexed reads), so a merchant who deletes the return policy sees the effect at once.
 */
export async function runtimeFor(skill: SkillDefinition, env: AppEnv): Promise<SkillRun> {
  const status = await skillStatus(skill, env);
  if (status.status === "live" && skill.runtime) return { runtime: skill.runtime, degraded: false };
  // general_qa always ships a runtime.
  return {
    runtime: generalQa.runtime!,
    degraded: true,
    missing: status.status === "unavailable" ? status.missing : [],
  };
}

/**
 * The knowledge-base answer, then the handoff notice. Only when nothing there answers does the shopper also hear
 * that the chat cannot do it yet — a policy question deserves its answer, not an apology.
 */
export function degradedScript(script: EmbeddedScript, notYet: string, handoffNotice: string): EmbeddedScript {
  return {
    plan: script.plan,
    compose: (results) => {
      const answer = script.compose(results);
      const found = (results.searchKnowledge as { passages?: unknown[] } | undefined)?.passages?.length;
      return `${found ? answer : `${notYet} ${answer}`} ${handoffNotice}`;
    },
  };
}
