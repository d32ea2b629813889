import type { ToolSet, UIMessageStreamWriter } from "ai";
import type { Shopper } from "../auth/identity";
import type { AppEnv } from "../bindings";
import type { CommerceBackend } from "../commerce/types";
import type { EmbeddedScript } from "../llm/embedded";
import type { CardData, Language, ShopkeeperMessage, SkillId } from "../protocol";

export type Channel = "web" | "sms" | "whatsapp" | "email";

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
};

/** A condition on the deployment's configuration, with the exact sentence shown when it does not hold. */
export type Prerequisite = {
  id: string;
  missing: string;
  holds: (env: AppEnv) => boolean;
};

/** What a skill needs to run a turn; absent while the skill's code has not shipped. */
export type SkillRuntime = {
  tools(ctx: SkillContext): ToolSet;
  /** The embedded model's plan and reply templates for this turn. */
  script(ctx: SkillContext): EmbeddedScript;
};

export type SkillDefinition = {
  id: SkillId;
  category: "post-purchase" | "core";
  /** `always`: account data only after sign-in; `partial`: some answers need it; `never`: public answers only. */
  login: "always" | "partial" | "never";
  overview: string;
  whenToUse: string;
  howToRespond: string;
  prerequisites: Prerequisite[];
  cards: (keyof CardData)[];
  channels: Channel[];
  runtime?: SkillRuntime;
};

export type SkillStatus = { status: "live" } | { status: "unavailable"; missing: string[] } | { status: "coming_soon" };
