-- Keyword index over knowledge-base chunks (BM25 via FTS5). External-content table kept in sync by triggers,
-- so a chunk written or deleted through drizzle is searchable (or gone) in the same transaction.
CREATE VIRTUAL TABLE `kb_chunks_fts` USING fts5(`heading`, `text`, content='kb_chunks', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `kb_chunks_ai` AFTER INSERT ON `kb_chunks` BEGIN
  INSERT INTO kb_chunks_fts(rowid, heading, text) VALUES (new.rowid, new.heading, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `kb_chunks_ad` AFTER DELETE ON `kb_chunks` BEGIN
  INSERT INTO kb_chunks_fts(kb_chunks_fts, rowid, heading, text) VALUES ('delete', old.rowid, old.heading, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `kb_chunks_au` AFTER UPDATE ON `kb_chunks` BEGIN
  INSERT INTO kb_chunks_fts(kb_chunks_fts, rowid, heading, text) VALUES ('delete', old.rowid, old.heading, old.text);
  INSERT INTO kb_chunks_fts(rowid, heading, text) VALUES (new.rowid, new.heading, new.text);
END;
