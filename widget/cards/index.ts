import type { FunctionComponent } from "preact";
import type { CardData } from "../../worker/protocol";
import { DiscountCard } from "./discount-card";
import { HandoffCard } from "./handoff-card";
import { LoginCard } from "./login-card";
import { LoyaltyCard } from "./loyalty-card";
import { OrderCard } from "./order-card";
import { ProductCard } from "./product-card";
import { ReturnCard } from "./return-card";
import type { CardProps } from "./shared";
import { SubscriptionCard } from "./subscription-card";

/** One component per `data-<card>` part (DESIGN §6); unknown card types are not rendered. */
export const cards: { [K in keyof CardData]: FunctionComponent<CardProps<CardData[K]>> } = {
  order: OrderCard,
  return: ReturnCard,
  product: ProductCard,
  discount: DiscountCard,
  loyalty: LoyaltyCard,
  subscription: SubscriptionCard,
  login: LoginCard,
  handoff: HandoffCard,
};
