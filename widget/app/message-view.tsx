import type { FunctionComponent } from "preact";
import type { CardData } from "../../worker/protocol";
import { cards } from "../cards";
import type { CardProps } from "../cards/shared";
import type { Strings } from "../i18n/strings";
import { Markdown } from "./markdown";
import type { Part } from "./stream";

export type ViewMessage = {
  id: string;
  role: "user" | "assistant";
  parts: Part[];
  failed?: boolean;
  /** `author: "human"` marks a reply a person from the store's team wrote. */
  metadata?: { author?: "human" };
};

type Props = { message: ViewMessage; t: Strings; locale: string; onLogin: () => void; onSend: (text: string) => void };

/** One message: text as safe markdown, cards from the registry, citations listed under the answer. */
export function MessageView({ message, t, locale, onLogin, onSend }: Props) {
  const sources = message.parts.filter((p) => p.type === "source-document" || p.type === "source-url") as {
    title?: string;
    url?: string;
  }[];
  const titles = [...new Set(sources.map((s) => s.title).filter(Boolean))];
  return (
    <div class={`sk-msg sk-${message.role}`}>
      {message.metadata?.author === "human" ? (
        <span class="sk-author">{t.team}: </span>
      ) : (
        <span class="sk-sr">{message.role === "user" ? t.you : t.assistant}: </span>
      )}
      {message.parts.map((part) => {
        if (part.type === "text") return <Markdown text={part.text} />;
        if (part.type.startsWith("data-")) {
          const kind = part.type.slice(5) as keyof CardData;
          const Card = cards[kind] as FunctionComponent<CardProps<unknown>> | undefined;
          return Card ? (
            <Card data={(part as { data: unknown }).data} t={t} locale={locale} onLogin={onLogin} onSend={onSend} />
          ) : null;
        }
        return null;
      })}
      {titles.length > 0 && (
        <p class="sk-sources">
          {t.sources}: {titles.join(" · ")}
        </p>
      )}
    </div>
  );
}
