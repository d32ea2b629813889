CREATE TABLE `return_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`order_id` text NOT NULL,
	`order_name` text NOT NULL,
	`eligible` integer NOT NULL,
	`reason` text NOT NULL,
	`verdict` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `return_checks_conversation_idx` ON `return_checks` (`conversation_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `returns` (
	`id` text PRIMARY KEY NOT NULL,
	`rma_number` text NOT NULL,
	`order_id` text NOT NULL,
	`order_name` text NOT NULL,
	`customer_id` text NOT NULL,
	`items` text NOT NULL,
	`refund_method` text NOT NULL,
	`return_method` text NOT NULL,
	`return_price` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`expected_refund_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `returns_rma_number_unique` ON `returns` (`rma_number`);--> statement-breakpoint
CREATE INDEX `returns_customer_idx` ON `returns` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `returns_order_idx` ON `returns` (`order_id`);