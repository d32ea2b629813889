import type { CardAction, Money } from "../../worker/protocol";
import { safeUrl } from "../app/markdown";
import type { Strings } from "../i18n/strings";

export type CardProps<T> = { data: T; t: Strings; locale: string; onLogin: () => void };

export const money = (m: Money, locale: string) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: m.currency }).format(m.amount);

export const date = (iso: string | undefined, locale: string) =>
  iso ? new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(iso)) : "";

/** Action buttons: only http(s) links are rendered as links; anything else is dropped. */
export function Actions({ actions }: { actions: CardAction[] }) {
  const links = actions.map((a) => ({ ...a, url: a.url ? safeUrl(a.url) : null })).filter((a) => a.url);
  if (!links.length) return null;
  return (
    <div class="sk-actions">
      {links.map((a) => (
        <a class="sk-button" href={a.url!} target="_blank" rel="noopener noreferrer nofollow">
          {a.label}
        </a>
      ))}
    </div>
  );
}
