import type { OrderCard as Order } from "../../worker/protocol";
import { Actions, type CardProps, date, money } from "./shared";

export function OrderCard({ data, t, locale, onSend }: CardProps<Order>) {
  return (
    <section class="sk-card" aria-label={data.name}>
      <header>
        <strong>{data.name}</strong> <span class={`sk-badge sk-${data.status}`}>{data.statusLabel}</span>
      </header>
      {data.tracking && (
        <p>
          {data.tracking.carrier} · {data.tracking.number}
          {data.estimatedDeliveryAt && ` · ${date(data.estimatedDeliveryAt, locale)}`}
        </p>
      )}
      <ul aria-label={t.items}>
        {data.items.map((item) => (
          <li>
            {item.quantity} × {item.title}
            {item.variant && ` (${item.variant})`}
          </li>
        ))}
      </ul>
      <p>
        {t.total}: {money(data.total, locale)}
      </p>
      {data.shipTo && (
        <p>
          {t.shipTo}: {data.shipTo}
        </p>
      )}
      <Actions actions={data.actions} onSend={onSend} />
    </section>
  );
}
