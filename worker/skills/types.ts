import type { ToolSet, UIMessageStreamWriter } from "ai";
import type { ConfirmationAnswer, PendingAction } from "../agent/confirmation";
import type { Shopper } from "../auth/identity";
import type { AppEnv } from "../bindings";
import type { CommerceBackend } from "../commerce/types";
import type { EmbeddedScript } from "../llm/embedded";
import type { CardData, Language, ShopkeeperMessage, SkillId } from "../protocol";

export type Channel = "web" | "sms" | "whatsapp" | "email";

/** The conversation as a skill sees it: where the shopper is, and the confirmation and handoff hooks. */
export type ConversationHandle = {
  id: string;
  /** The storefront page the widget was opened on (DESIGN §5 `pageUrl`), e.g. for "this product". */
  pageUrl?: string;
  /** This Worker's public origin as the shopper reached it, for links to pages it serves (the returns portal). */
  origin?: string;
  /** This skill's proposal from the previous turn when the shopper's message answers it, else null. */
  pending: PendingAction | null;
  /** The shopper's yes/no to `pending`; null when there is no pending proposal or the message is not an answer. */
  answer: ConfirmationAnswer | null;
  /** Ask the shopper to confirm `action` with their next message; the turn's text must say exactly what changes. */
  propose(action: string, input: Record<string, unknown>): void;
  /**
   * Hand the conversation to a person (DESIGN §3.8), carrying the verified facts found so far. Writes the handoff
   * card and resolves to the sentence telling the shopper (in or outside business hours) — include it in the reply.
   */
  handOff(reason: string, facts?: Record<string, unknown>): Promise<string>;
};

/** Everything a skill may use for one turn. Built per request from the conversation's verified auth context. */
export type SkillContext = {
  env: AppEnv;
  /** The shopper's newest message. */
  text: string;
  language: Language;
  /** Null when anonymous; tools must never look at another customer's data. */
  shopper: Shopper | null;
  commerce: CommerceBackend;
  /** For cards and citations: code writes them from verified tool results, never the model. */
  writer: UIMessageStreamWriter<ShopkeeperMessage>;
  conversation: ConversationHandle;
};

/** A condition on the deployment's configuration, with the exact sentence shown when it does not hold. */
export type Prerequisite = {
  id: string;
  missing: string;
  /** true when it holds; false, or a more exact sentence than `missing`, when it does not. */
  holds: (env: AppEnv) => boolean | string | Promise<boolean | string>;
};

/** What a skill needs to run a turn; absent while the skill's code has not shipped. */
export type SkillRuntime = {
  tools(ctx: SkillContext): ToolSet;
  /** The embedded model's plan and reply templates for this turn. */
  script(ctx: SkillContext): EmbeddedScript;
};

export type SkillDefinition = {
  id: SkillId;
  /** What the merchant console calls it. */
  name: string;
  category: "post-purchase" | "core";
  /** `always`: account data only after sign-in; `partial`: some answers need it; `never`: public answers only. */
  login: "always" | "partial" | "never";
  overview: string;
  whenToUse: string;
  howToRespond: string;
  prerequisites: Prerequisite[];
  /**
   * Facts the skill verified earlier in this conversation that a person taking over needs (a return verdict and its
   * trace), for a handoff the shopper asked for while on this skill's topic.
   */
  handoffContext?(env: AppEnv, conversationId: string, shopper: Shopper): Promise<Record<string, unknown>>;
  /** Words for the knowledge-base search when the skill is unavailable and answers its policy instead. */
  policyTopic?: string;
  cards: (keyof CardData)[];
  channels: Channel[];
  runtime?: SkillRuntime;
};

export type SkillStatus = { status: "live" } | { status: "unavailable"; missing: string[] } | { status: "coming_soon" };
