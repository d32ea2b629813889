import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { ConversationSnapshot } from "../../worker/protocol";
import { pickLocale, stringsFor } from "../i18n/strings";
import {
  createConversation,
  forgetSession,
  loadConversation,
  type Session,
  savedSession,
  sendMessage,
  signIn,
} from "./api";
import { launchParams, onHostMessage, toHost } from "./host";
import { MessageView, type ViewMessage } from "./message-view";
import { applyChunk } from "./stream";
import { useHumanReplies } from "./use-human-replies";

const locale = pickLocale(launchParams.locale, document.documentElement.lang, navigator.language);
const t = stringsFor(locale);
document.documentElement.lang = locale;

type Failed = { id: string; text: string };

export function App() {
  const [messages, setMessages] = useState<ViewMessage[]>([]);
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<Failed | null>(null);
  const [status, setStatus] = useState<ConversationSnapshot["status"]>();
  const session = useRef<Session | null>(savedSession());
  const identity = useRef<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLDivElement>(null);

  // Keep the newest message in view as it streams in.
  useEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [messages, failed]);

  const ensureSession = async () => {
    session.current ??= await createConversation(locale, launchParams.pageUrl, identity.current);
    return session.current;
  };

  const applySnapshot = useCallback((snapshot: ConversationSnapshot) => {
    setStatus(snapshot.status);
    setMessages(snapshot.messages as ViewMessage[]);
  }, []);
  useHumanReplies({ session: session.current, status, busy, onSnapshot: applySnapshot });

  useEffect(() => {
    const saved = session.current;
    if (saved) {
      loadConversation(saved)
        .then(applySnapshot)
        .catch(() => {
          forgetSession();
          session.current = null;
        });
    }
    onHostMessage(({ type, token }) => {
      if (type === "shopkeeper:focus") input.current?.focus();
      if (type === "shopkeeper:reset") {
        identity.current = null;
        forgetSession();
        session.current = null;
        setMessages([]);
      }
      if (type === "shopkeeper:identity") {
        identity.current = token ?? null;
        if (token && session.current) signIn(session.current, token).catch(() => {});
      }
    });
    toHost("shopkeeper:ready");
  }, []);

  const send = async (text: string, id = `m_${crypto.randomUUID()}`) => {
    setBusy(true);
    setFailed(null);
    setMessages((list) => [
      ...list.filter((m) => m.id !== id),
      { id, role: "user", parts: [{ type: "text", text }] },
      { id: `${id}:reply`, role: "assistant", parts: [] },
    ]);
    const update = (fn: (m: ViewMessage) => ViewMessage) =>
      setMessages((list) => list.map((m) => (m.id === `${id}:reply` ? fn(m) : m)));
    try {
      let withTeam = false;
      await sendMessage(await ensureSession(), id, text, (chunk) => {
        if (chunk.type === "data-handoff") withTeam = true;
        update((m) => (chunk.type === "reset" ? { ...m, parts: [] } : { ...m, parts: applyChunk(m.parts, chunk) }));
      });
      if (withTeam) setStatus("pending_human");
    } catch {
      setMessages((list) => list.filter((m) => m.id !== `${id}:reply`));
      setFailed({ id, text });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text || busy) return;
    setDraft("");
    send(text);
  };

  const last = messages.at(-1);
  const typing = busy && last?.role === "assistant" && !last.parts.some((p) => p.type === "text" && p.text);

  return (
    <main class="sk-panel" aria-label={t.title}>
      <header class="sk-head">
        <h1>{t.title}</h1>
        <button type="button" class="sk-icon" aria-label={t.close} onClick={() => toHost("shopkeeper:close")}>
          ×
        </button>
      </header>
      <div class="sk-log" ref={log} role="log" aria-live="polite" aria-relevant="additions text">
        {messages.length === 0 && <p class="sk-msg sk-assistant">{t.greeting}</p>}
        {messages.map((m) =>
          m.role === "assistant" && m.parts.length === 0 ? null : (
            <MessageView
              message={m}
              t={t}
              locale={locale}
              onLogin={() => toHost("shopkeeper:login")}
              onSend={(text) => {
                if (!busy) send(text);
              }}
            />
          ),
        )}
        {typing && (
          <p class="sk-typing" role="status">
            {t.typing}
          </p>
        )}
        {failed && (
          <div class="sk-error" role="alert">
            {t.error}{" "}
            <button type="button" class="sk-button" onClick={() => send(failed.text, failed.id)}>
              {t.retry}
            </button>
          </div>
        )}
      </div>
      <form class="sk-form" onSubmit={submit}>
        <label class="sk-sr" for="sk-input">
          {t.placeholder}
        </label>
        <textarea
          id="sk-input"
          ref={input}
          rows={1}
          maxLength={4000}
          placeholder={t.placeholder}
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) submit(e);
          }}
        />
        <button type="submit" class="sk-button" disabled={busy || !draft.trim()}>
          {t.send}
        </button>
      </form>
    </main>
  );
}
