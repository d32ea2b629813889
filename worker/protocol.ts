/**
 * Wire contract between the Worker and every client (widget, tests, outside integrations).
 * Type-only: the widget imports this file, so it must never pull in runtime code.
 * DESIGN §5–§6. Change deliberately: tests and clients rely on these shapes.
 */
import type { UIMessage } from "ai";

export const SKILL_IDS = [
  "returns",
  "order_tracking",
  "order_modification",
  "subscriptions",
  "loyalty",
  "discounts",
  "general_qa",
  "product_recommendations",
] as const;
export type SkillId = (typeof SKILL_IDS)[number];

/** What the router may answer besides a skill. */
export type RouteId = SkillId | "handoff" | "none";

export const LANGUAGES = ["en", "fr", "pl", "de", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export type CardAction = {
  kind: "track" | "start_return" | "cancel" | "modify" | "open" | "redeem" | "pause" | "skip" | "resume" | "copy";
  label: string;
  url?: string;
  /** For actions done in the chat (pause, skip): pressing it sends this as the shopper's next message. */
  message?: string;
};

export type Money = { amount: number; currency: string };

export type OrderCard = {
  name: string;
  status: "unfulfilled" | "in_transit" | "out_for_delivery" | "delivered" | "cancelled";
  statusLabel: string;
  placedAt: string;
  deliveredAt?: string;
  estimatedDeliveryAt?: string;
  items: { title: string; quantity: number; price: Money; variant?: string }[];
  total: Money;
  tracking?: { carrier: string; number: string; url: string };
  /** Where it is going, while that can still matter to the shopper (not yet delivered). */
  shipTo?: string;
  actions: CardAction[];
};

export type ReturnCard = {
  orderName: string;
  eligible: boolean;
  reasons: string[];
  deadline?: string;
  items: { title: string; eligible: boolean; reason?: string }[];
  refundMethods: string[];
  returnMethods: { kind: string; label: string; price: Money }[];
  portalUrl?: string;
  /** The same portal, opened on an exchange (another size or colour) when the store offers exchanges. */
  exchangeUrl?: string;
};

export type ProductCard = {
  products: { id: string; title: string; price: Money; image?: string; url: string; why: string }[];
};

export type DiscountCard = {
  code: string;
  description: string;
  expiresAt?: string;
  conditions: string[];
  valid: boolean;
};

export type LoyaltyCard = {
  points: number;
  tier: string;
  nextTier?: { name: string; pointsNeeded: number };
  rewards: { label: string; points: number }[];
  url?: string;
};

export type SubscriptionCard = {
  product: string;
  frequency: string;
  nextChargeAt?: string;
  status: "active" | "paused" | "cancelled";
  actions: CardAction[];
};

export type LoginCard = { methods: ("identity" | "email_code" | "order_lookup")[]; reason: string };

export type HandoffCard = { state: "pending_human" | "human" | "resolved"; message: string };

/** `data-<name>` parts of the UI message stream. */
export type CardData = {
  order: OrderCard;
  return: ReturnCard;
  product: ProductCard;
  discount: DiscountCard;
  loyalty: LoyaltyCard;
  subscription: SubscriptionCard;
  login: LoginCard;
  handoff: HandoffCard;
};

export type MessageMetadata = {
  skill?: RouteId;
  language?: Language;
  createdAt?: string;
  /** "human" for a reply a person wrote from the admin console; absent for the agent's own replies. */
  author?: "human";
};

export type ShopkeeperMessage = UIMessage<MessageMetadata, CardData>;

/** POST /v1/conversations */
export type CreateConversationRequest = { identityToken?: string; locale?: string; pageUrl?: string };
export type CreateConversationResponse = { conversationId: string; token: string; expiresAt: string };

/** GET /v1/conversations/:id */
export type ConversationSnapshot = {
  id: string;
  status: "ai" | "pending_human" | "human" | "resolved";
  locale: Language;
  authenticated: boolean;
  messages: ShopkeeperMessage[];
};

export type ApiErrorBody = { error: { code: string; message: string } };
