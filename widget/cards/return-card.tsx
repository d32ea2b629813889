import type { ReturnCard as Return } from "../../worker/protocol";
import { safeUrl } from "../app/markdown";
import { type CardProps, date, money } from "./shared";

export function ReturnCard({ data, t, locale }: CardProps<Return>) {
  const portal = data.portalUrl ? safeUrl(data.portalUrl) : null;
  const exchange = data.exchangeUrl ? safeUrl(data.exchangeUrl) : null;
  return (
    <section class="sk-card" aria-label={data.orderName}>
      <header>
        <strong>{data.orderName}</strong>
        {data.deadline && ` · ${t.deadline} ${date(data.deadline, locale)}`}
      </header>
      <ul>
        {data.items.map((item) => (
          <li>
            {item.title}
            {!item.eligible && ` — ${item.reason ?? t.notEligible}`}
          </li>
        ))}
      </ul>
      {data.reasons.length > 0 && <p>{data.reasons.join(" ")}</p>}
      {data.returnMethods.length > 0 && (
        <ul>
          {data.returnMethods.map((m) => (
            <li>
              {m.label}: {money(m.price, locale)}
            </li>
          ))}
        </ul>
      )}
      {portal && data.eligible && (
        <div class="sk-actions">
          <a class="sk-button" href={portal} target="_blank" rel="noopener noreferrer">
            {t.startReturn}
          </a>
          {exchange && (
            <a class="sk-button" href={exchange} target="_blank" rel="noopener noreferrer">
              {t.exchange}
            </a>
          )}
        </div>
      )}
    </section>
  );
}
