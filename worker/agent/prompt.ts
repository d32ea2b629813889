import type { ModelMessage } from "ai";
import type { Language, ShopkeeperMessage } from "../protocol";
import type { SkillDefinition } from "../skills/types";

const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  fr: "French",
  pl: "Polish",
  de: "German",
  es: "Spanish",
};

/** How many earlier messages the model sees: enough for context, bounded so a long conversation costs the same. */
export const HISTORY_WINDOW = 12;

export function systemPrompt(skill: SkillDefinition, language: Language, storeName: string): string {
  return [
    `You are the customer assistant of ${storeName}. Skill: ${skill.id}. ${skill.overview}`,
    `Use this skill when: ${skill.whenToUse}`,
    `How to respond: ${skill.howToRespond}`,
    `Reply in ${LANGUAGE_NAMES[language]}. Be brief and friendly; plain text with markdown links only.`,
    "State only facts returned by your tools. Never invent orders, dates, prices, codes or policies. " +
      "If the tools do not give you the answer, say you don't know and offer to bring in a person.",
  ].join("\n");
}

function textOf(message: ShopkeeperMessage): string {
  return message.parts
    .map((part) => (part.type === "text" ? part.text : ""))
    .join("")
    .trim();
}

/** Earlier turns as plain text (cards and tool traces stay out of the model's context), then the new message. */
export function modelMessages(history: ShopkeeperMessage[], text: string): ModelMessage[] {
  const earlier: ModelMessage[] = [];
  for (const message of history.slice(-HISTORY_WINDOW)) {
    const content = textOf(message);
    if (!content) continue;
    earlier.push(message.role === "user" ? { role: "user", content } : { role: "assistant", content });
  }
  return [...earlier, { role: "user", content: text }];
}
