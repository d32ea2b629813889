import { useEffect } from "preact/hooks";
import type { ConversationSnapshot } from "../../worker/protocol";
import { loadConversation, type Session } from "./api";

/** How often the panel looks for a person's reply while the conversation is with the team. */
const POLL_MS = 5000;

const withTeam = (status: ConversationSnapshot["status"] | undefined) =>
  status === "pending_human" || status === "human";

/**
 * A person answers from the merchant's console, outside any request of ours, so while the conversation is with the
 * team the panel polls for new messages. Nothing is polled otherwise, and never while a reply is streaming.
 */
export function useHumanReplies(options: {
  session: Session | null;
  status: ConversationSnapshot["status"] | undefined;
  busy: boolean;
  onSnapshot: (snapshot: ConversationSnapshot) => void;
}) {
  const { session, status, busy, onSnapshot } = options;
  useEffect(() => {
    if (!session || busy || !withTeam(status)) return;
    const timer = setInterval(() => {
      loadConversation(session)
        .then(onSnapshot)
        .catch(() => {});
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [session, status, busy, onSnapshot]);
}
