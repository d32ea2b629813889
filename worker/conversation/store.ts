import type { UIMessageChunk } from "ai";
import type { PendingAction } from "../agent/confirmation";
import type { Shopper } from "../auth/identity";
import type { ConversationSnapshot, Language, RouteId, ShopkeeperMessage } from "../protocol";

// Messages are ordered by turn, not by arrival: a reply sits right after the message it answers (position + 0.5)
// even when the next message arrived while that reply was still being written.

/**
 * The conversation's own SQLite (DESIGN §10): messages with their idempotency keys, the bound shopper, and small
 * state. Everything the Durable Object knows is rebuilt from here, so eviction loses nothing.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS auth (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  customer_id TEXT NOT NULL,
  email TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
  parts TEXT NOT NULL,
  metadata TEXT,
  reply_to TEXT UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
  chunks TEXT,
  position REAL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_position ON messages (position);`;

export type ConversationMeta = {
  id: string;
  locale: Language;
  channel: string;
  status: ConversationSnapshot["status"];
  createdAt: number;
  pageUrl?: string;
  /** The Worker's origin the conversation was opened through (links to the Worker's own pages use it). */
  origin?: string;
  lastRoute?: RouteId;
  /** The proposal the newest reply asked the shopper to confirm (null once answered or superseded). */
  pendingAction?: PendingAction | null;
};

type MessageRow = {
  seq: number;
  position: number;
  id: string;
  role: "user" | "assistant";
  parts: string;
  metadata: string | null;
  status: "pending" | "done";
  chunks: string | null;
};

export type StoredUserMessage = { position: number; id: string; text: string; status: "pending" | "done" };

function toUIMessage(row: MessageRow): ShopkeeperMessage {
  return {
    id: row.id,
    role: row.role,
    parts: JSON.parse(row.parts),
    ...(row.metadata ? { metadata: JSON.parse(row.metadata) } : {}),
  };
}

export class ConversationStore {
  constructor(private readonly storage: DurableObjectStorage) {
    storage.sql.exec(SCHEMA);
  }

  private get sql() {
    return this.storage.sql;
  }

  meta(): ConversationMeta | null {
    const rows = this.sql.exec<{ key: string; value: string }>("SELECT key, value FROM meta").toArray();
    if (rows.length === 0) return null;
    return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value)])) as ConversationMeta;
  }

  setMeta(patch: Partial<ConversationMeta>): void {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, JSON.stringify(value));
    }
  }

  bindShopper(shopper: Shopper): void {
    this.sql.exec(
      "INSERT OR REPLACE INTO auth (id, customer_id, email, expires_at) VALUES (1, ?, ?, ?)",
      shopper.customerId,
      shopper.email,
      shopper.expiresAt,
    );
  }

  /** The bound shopper while the binding is valid; after its expiry the conversation is anonymous again. */
  shopper(now = Date.now()): Shopper | null {
    const row = this.sql
      .exec<{ customer_id: string; email: string; expires_at: number }>("SELECT * FROM auth WHERE id = 1")
      .toArray()[0];
    if (!row || row.expires_at <= now) return null;
    return { customerId: row.customer_id, email: row.email, expiresAt: row.expires_at };
  }

  userMessage(id: string): StoredUserMessage | null {
    const row = this.sql.exec<MessageRow>("SELECT * FROM messages WHERE id = ? AND role = 'user'", id).toArray()[0];
    if (!row) return null;
    const parts = JSON.parse(row.parts) as { type: string; text?: string }[];
    return { position: row.position, id: row.id, text: parts.map((p) => p.text ?? "").join(""), status: row.status };
  }

  /** Persists an inbound message before any work is done for it (DESIGN §3.1). */
  insertUserMessage(id: string, text: string, now = Date.now()): void {
    this.storage.transactionSync(() => {
      this.sql.exec(
        "INSERT INTO messages (id, role, parts, status, created_at) VALUES (?, 'user', ?, 'pending', ?)",
        id,
        JSON.stringify([{ type: "text", text }]),
        now,
      );
      this.sql.exec("UPDATE messages SET position = seq WHERE id = ?", id);
    });
  }

  /** Messages before `position` (oldest first), at most `limit` — an index range scan, whatever the history size. */
  history(beforePosition: number, limit: number): ShopkeeperMessage[] {
    return this.sql
      .exec<MessageRow>(
        "SELECT * FROM messages WHERE position < ? AND status = 'done' ORDER BY position DESC LIMIT ?",
        beforePosition,
        limit,
      )
      .toArray()
      .reverse()
      .map(toUIMessage);
  }

  /** The newest `limit` messages, oldest first, for restoring the widget. */
  recentMessages(limit: number): ShopkeeperMessage[] {
    return this.history(Number.MAX_SAFE_INTEGER, limit);
  }

  replyChunks(userMessageId: string): UIMessageChunk[] | null {
    const row = this.sql
      .exec<{ chunks: string | null }>("SELECT chunks FROM messages WHERE reply_to = ?", userMessageId)
      .toArray()[0];
    return row?.chunks ? JSON.parse(row.chunks) : null;
  }

  /** Stores the reply and closes the user message in one transaction: a turn is either fully recorded or not at all. */
  completeTurn(userMessageId: string, reply: ShopkeeperMessage, chunks: UIMessageChunk[], now = Date.now()): void {
    this.storage.transactionSync(() => {
      this.sql.exec(
        `INSERT INTO messages (id, role, parts, metadata, reply_to, status, chunks, position, created_at)
         VALUES (?, 'assistant', ?, ?, ?, 'done', ?, (SELECT position + 0.5 FROM messages WHERE id = ?), ?)`,
        reply.id,
        JSON.stringify(reply.parts),
        reply.metadata ? JSON.stringify(reply.metadata) : null,
        userMessageId,
        JSON.stringify(chunks),
        userMessageId,
        now,
      );
      this.sql.exec("UPDATE messages SET status = 'done' WHERE id = ?", userMessageId);
    });
  }

  /** A message that answers no particular turn — a person's reply from the admin console — placed after the rest. */
  appendAssistantMessage(message: ShopkeeperMessage, now = Date.now()): void {
    this.storage.transactionSync(() => {
      this.sql.exec(
        "INSERT INTO messages (id, role, parts, metadata, status, created_at) VALUES (?, 'assistant', ?, ?, 'done', ?)",
        message.id,
        JSON.stringify(message.parts),
        message.metadata ? JSON.stringify(message.metadata) : null,
        now,
      );
      this.sql.exec("UPDATE messages SET position = seq WHERE id = ?", message.id);
    });
  }

  pendingUserMessageIds(): string[] {
    return this.sql
      .exec<{ id: string }>("SELECT id FROM messages WHERE role = 'user' AND status = 'pending' ORDER BY seq")
      .toArray()
      .map((row) => row.id);
  }

  messageCount(): number {
    return this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM messages").one().n;
  }
}
