import { useState } from "preact/hooks";
import type { DiscountCard as Discount } from "../../worker/protocol";
import { type CardProps, date } from "./shared";

export function DiscountCard({ data, t, locale }: CardProps<Discount>) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(data.code).then(
      () => setCopied(true),
      () => {},
    );
  return (
    <section class="sk-card" aria-label={data.code}>
      <header>
        <code>{data.code}</code>{" "}
        {data.valid && (
          <button type="button" class="sk-button" onClick={copy}>
            {copied ? t.copied : t.copy}
          </button>
        )}
      </header>
      <p>{data.description}</p>
      {data.expiresAt && (
        <p>
          {t.expires} {date(data.expiresAt, locale)}
        </p>
      )}
      {data.conditions.length > 0 && (
        <ul>
          {data.conditions.map((c) => (
            <li>{c}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
