import { knowledgeBase } from "../prerequisites";
import type { SkillDefinition } from "../types";
import { extractAnswer } from "./extract-answer";
import { qaMessages } from "./messages";
import { type SearchOutput, searchKnowledgeTool } from "./search-tool";

export const generalQa: SkillDefinition = {
  id: "general_qa",
  name: "General Q&A",
  category: "core",
  login: "never",
  overview: "Answers questions about the store's policies and services from its knowledge base, with sources.",
  whenToUse: "Shipping, returns policy, payment methods, opening hours, contact, product care — any store question.",
  howToRespond:
    "Call searchKnowledge with the question. Answer only from the passages returned, in one to three sentences. " +
    "If no passage answers the question, say you don't know and offer a person. Never state a policy the passages do not.",
  prerequisites: [knowledgeBase],
  cards: [],
  channels: ["web", "sms", "whatsapp", "email"],
  runtime: {
    tools: (ctx) => ({ searchKnowledge: searchKnowledgeTool(ctx) }),
    script: (ctx) => ({
      plan: () => [{ toolName: "searchKnowledge", input: { query: ctx.text } }],
      compose: (results) => {
        const output = results.searchKnowledge as SearchOutput | undefined;
        const t = qaMessages[ctx.language];
        if (!output || "error" in output || !output.passages[0]) return t.unknown;
        const best = output.passages[0];
        return `${extractAnswer(ctx.text, best)} ${t.source(best.title)}`;
      },
    }),
  },
};
