import type { Shopper } from "../auth/identity";
import type { Language, RouteId, ShopkeeperMessage } from "../protocol";

/** Everything a person needs to take over without asking the shopper to repeat themselves (DESIGN §3.8). */
export type HandoffPacket = {
  id: string;
  conversationId: string;
  channel: string;
  reason: string;
  language: Language;
  /** Only what the identity token verified; never a name or order the shopper merely typed. */
  customer: { id: string; email: string } | null;
  summary: string;
  /** Facts a skill verified with its tools (e.g. an order and its eligibility verdict). */
  facts: Record<string, unknown>;
  transcript: { role: "shopper" | "assistant"; text: string; cards: string[] }[];
  createdAt: string;
};

const REASONS: Record<string, string> = {
  requested: "asked to talk to a person",
  asked_for_person: "asked to talk to a person",
  abuse: "was upset or abusive",
  legal: "raised a legal matter",
  safety: "raised a safety concern",
  privacy: "made a privacy or data request",
  model_failure: "could not get an answer because the AI model provider failed",
  skill_unavailable: "asked for something the chat cannot do with the current setup (see missing)",
};

const TOPICS: Partial<Record<RouteId, string>> = {
  returns: "returns",
  order_tracking: "order tracking",
  order_modification: "changing an order",
  subscriptions: "their subscription",
  loyalty: "loyalty points",
  discounts: "discount codes",
  general_qa: "store policies",
  product_recommendations: "product recommendations",
};

const textOf = (message: ShopkeeperMessage) =>
  message.parts
    .map((part) => (part.type === "text" ? part.text : ""))
    .join("")
    .trim();

export type PacketInput = {
  conversationId: string;
  channel: string;
  reason: string;
  language: Language;
  shopper: Shopper | null;
  lastTopic?: RouteId;
  facts: Record<string, unknown>;
  /** The conversation so far, oldest first, including the message that triggered the handoff. */
  history: ShopkeeperMessage[];
  now?: number;
};

/** The merchant-facing one-paragraph summary is English and deterministic: it is built from data, not a model. */
export function buildHandoffPacket(input: PacketInput): HandoffPacket {
  const transcript = input.history.map((message) => ({
    role: message.role === "user" ? ("shopper" as const) : ("assistant" as const),
    text: textOf(message),
    cards: message.parts.filter((part) => part.type.startsWith("data-")).map((part) => part.type.slice(5)),
  }));
  const lastAsk = [...transcript].reverse().find((entry) => entry.role === "shopper")?.text ?? "";
  const who = input.shopper ? `Signed-in shopper ${input.shopper.email}` : "An anonymous shopper";
  const topic = input.lastTopic && TOPICS[input.lastTopic] ? ` while asking about ${TOPICS[input.lastTopic]}` : "";
  const why = REASONS[input.reason] ?? input.reason;
  const factKeys = Object.keys(input.facts);
  const summary =
    `${who} ${why}${topic} (language: ${input.language}). Last message: "${lastAsk.slice(0, 300)}".` +
    (factKeys.length ? ` Verified facts: ${factKeys.join(", ")}.` : "");
  return {
    id: `ho_${crypto.randomUUID()}`,
    conversationId: input.conversationId,
    channel: input.channel,
    reason: input.reason,
    language: input.language,
    customer: input.shopper ? { id: input.shopper.customerId, email: input.shopper.email } : null,
    summary,
    facts: input.facts,
    transcript,
    createdAt: new Date(input.now ?? Date.now()).toISOString(),
  };
}
