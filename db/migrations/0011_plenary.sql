CREATE TABLE `plenaries` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`status` text NOT NULL,
	`opened_versions` text NOT NULL,
	`projected_entry_id` text,
	`opened_by` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closed_by` text,
	`closed_at` integer,
	`revision` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plenaries_event_id_idx` ON `plenaries` (`event_id`);--> statement-breakpoint
CREATE TABLE `plenary_voices` (
	`plenary_id` text NOT NULL,
	`entry_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`voice` text NOT NULL,
	`comment` text,
	`entry_version` integer NOT NULL,
	`reply` text,
	`resolved` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`plenary_id`, `entry_id`, `participant_id`),
	FOREIGN KEY (`plenary_id`) REFERENCES `plenaries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entry_id`) REFERENCES `roadmap_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
