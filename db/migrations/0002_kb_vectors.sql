CREATE TABLE `kb_index_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`embedder` text NOT NULL,
	`dimensions` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kb_vectors` (
	`chunk_id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`lang` text NOT NULL,
	`vector` blob NOT NULL,
	`scale` real NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `kb_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `kb_vectors_lang_idx` ON `kb_vectors` (`lang`);