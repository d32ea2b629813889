import { generateText, type LanguageModel } from "ai";
import { SKILL_IDS, type SkillId } from "../protocol";
import { skills } from "../skills";

/** Below this confidence the local router is guessing; a real model, when there is one, gets to decide. */
export const UNSURE_BELOW = 0.5;
/** The shopper is waiting: a slow or failing model leaves the local route in place. */
const TIMEOUT_MS = 2500;

const MENU = skills.map((s) => `- ${s.id}: ${s.name}. ${s.whenToUse}`).join("\n");

const INSTRUCTIONS = `You route one customer-service message of an online shop to the skill that should answer it.
Skills:
${MENU}
Answer with the skill id only, nothing else.`;

/**
 * Asks the configured model which skill a message belongs to (DESIGN §3.2: "a model may be consulted only when the
 * fast path is unsure and a real model is configured"). Returns null when the model fails, is slow, or answers
 * anything but a skill id — the local route then stands.
 */
export async function modelRoute(model: LanguageModel, text: string, previous?: string): Promise<SkillId | null> {
  try {
    const { text: answer } = await generateText({
      model,
      system: INSTRUCTIONS,
      prompt: previous ? `Previous topic: ${previous}\nMessage: ${text}` : `Message: ${text}`,
      maxOutputTokens: 12,
      temperature: 0,
      abortSignal: AbortSignal.timeout(TIMEOUT_MS),
      maxRetries: 0,
    });
    const id = answer
      .trim()
      .toLowerCase()
      .match(/[a-z_]+/)?.[0];
    return SKILL_IDS.includes(id as SkillId) ? (id as SkillId) : null;
  } catch (error) {
    console.error("model routing failed; keeping the local route", error);
    return null;
  }
}
