CREATE TABLE `track_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`track_id` text NOT NULL,
	`name` text,
	`kind` text NOT NULL,
	`created_by` text NOT NULL,
	`created_by_name` text,
	`state` blob NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`track_id`) REFERENCES `tracks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `track_snapshots_track_id_created_at_idx` ON `track_snapshots` (`track_id`,`created_at`);