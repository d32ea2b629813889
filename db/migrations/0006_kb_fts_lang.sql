-- The keyword index gains the chunk's language, so a search in one language is filtered inside FTS5
-- (`lang : "fr" AND (...)`): BM25 then scores only that language's matches, and the top chunks are picked before
-- any join. Rebuilt from kb_chunks, its external content.
DROP TRIGGER IF EXISTS `kb_chunks_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `kb_chunks_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `kb_chunks_au`;
--> statement-breakpoint
DROP TABLE IF EXISTS `kb_chunks_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `kb_chunks_fts` USING fts5(`heading`, `text`, `lang`, content='kb_chunks', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `kb_chunks_fts`(`kb_chunks_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `kb_chunks_ai` AFTER INSERT ON `kb_chunks` BEGIN
  INSERT INTO kb_chunks_fts(rowid, heading, text, lang) VALUES (new.rowid, new.heading, new.text, new.lang);
END;
--> statement-breakpoint
CREATE TRIGGER `kb_chunks_ad` AFTER DELETE ON `kb_chunks` BEGIN
  INSERT INTO kb_chunks_fts(kb_chunks_fts, rowid, heading, text, lang) VALUES ('delete', old.rowid, old.heading, old.text, old.lang);
END;
--> statement-breakpoint
CREATE TRIGGER `kb_chunks_au` AFTER UPDATE ON `kb_chunks` BEGIN
  INSERT INTO kb_chunks_fts(kb_chunks_fts, rowid, heading, text, lang) VALUES ('delete', old.rowid, old.heading, old.text, old.lang);
  INSERT INTO kb_chunks_fts(rowid, heading, text, lang) VALUES (new.rowid, new.heading, new.text, new.lang);
END;
