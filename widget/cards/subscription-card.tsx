import type { SubscriptionCard as Subscription } from "../../worker/protocol";
import { Actions, type CardProps, date } from "./shared";

export function SubscriptionCard({ data, t, locale, onSend }: CardProps<Subscription>) {
  return (
    <section class="sk-card">
      <header>
        <strong>{data.product}</strong> <span class="sk-badge">{data.status}</span>
      </header>
      <p>
        {data.frequency}
        {data.nextChargeAt && ` · ${t.nextCharge}: ${date(data.nextChargeAt, locale)}`}
      </p>
      <Actions actions={data.actions} onSend={onSend} />
    </section>
  );
}
