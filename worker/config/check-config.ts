import type { AppEnv } from "../bindings";

/** A problem with the deployment's configuration, phrased for the merchant who has to fix it. */
export type ConfigProblem = { setting: string; problem: string; fix: string };

const MIN_SECRET_LENGTH = 32;

function secretProblem(env: AppEnv, name: "IDENTITY_SECRET" | "LINK_SECRET" | "ADMIN_TOKEN"): ConfigProblem | null {
  const value = env[name];
  if (!value) return { setting: name, problem: "is not set", fix: `run \`wrangler secret put ${name}\`` };
  if (name !== "ADMIN_TOKEN" && value.length < MIN_SECRET_LENGTH) {
    return {
      setting: name,
      problem: `is shorter than ${MIN_SECRET_LENGTH} characters`,
      fix: `set a long random value with \`wrangler secret put ${name}\``,
    };
  }
  return null;
}

/** Everything wrong with the configuration; empty when the Worker can serve shoppers. */
export function checkConfig(env: AppEnv): ConfigProblem[] {
  return (["IDENTITY_SECRET", "LINK_SECRET", "ADMIN_TOKEN"] as const)
    .map((name) => secretProblem(env, name))
    .filter((problem): problem is ConfigProblem => problem !== null);
}

let reported = false;

/** Logs the configuration problems once per isolate, so a misconfigured deployment says so loudly but not per request. */
export function reportConfigOnce(env: AppEnv): ConfigProblem[] {
  const problems = checkConfig(env);
  if (!reported && problems.length) {
    reported = true;
    for (const p of problems) console.error(`Shopkeeper misconfiguration: ${p.setting} ${p.problem} — ${p.fix}.`);
  }
  return problems;
}
