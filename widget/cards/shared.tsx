import type { CardAction, Money } from "../../worker/protocol";
import { safeUrl } from "../app/markdown";
import type { Strings } from "../i18n/strings";

export type CardProps<T> = {
  data: T;
  t: Strings;
  locale: string;
  onLogin: () => void;
  /** Sends a message as the shopper (for actions done in the chat). */
  onSend: (text: string) => void;
};

export const money = (m: Money, locale: string) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: m.currency }).format(m.amount);

export const date = (iso: string | undefined, locale: string) =>
  iso ? new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(iso)) : "";

/**
 * Action buttons: http(s) urls become links; chat actions become buttons that send their message; anything else
 * (another scheme, neither) is dropped.
 */
export function Actions({ actions, onSend }: { actions: CardAction[]; onSend?: (text: string) => void }) {
  const shown = actions
    .map((a) => ({ ...a, url: a.url ? safeUrl(a.url) : null }))
    .filter((a) => a.url || (a.message && onSend));
  if (!shown.length) return null;
  return (
    <div class="sk-actions">
      {shown.map((a) =>
        a.url ? (
          <a class="sk-button" href={a.url} target="_blank" rel="noopener noreferrer nofollow">
            {a.label}
          </a>
        ) : (
          <button type="button" class="sk-button" onClick={() => onSend?.(a.message!)}>
            {a.label}
          </button>
        ),
      )}
    </div>
  );
}
