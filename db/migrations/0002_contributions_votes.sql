CREATE TABLE `contribution_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contribution_id` text NOT NULL,
	`text` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contribution_versions_contribution_id_idx` ON `contribution_versions` (`contribution_id`);--> statement-breakpoint
CREATE TABLE `contributions` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`track_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`author_id` text,
	`author_name` text,
	`author_organisation` text,
	`position` integer NOT NULL,
	`deleted_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`track_id`) REFERENCES `tracks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contributions_track_id_position_idx` ON `contributions` (`track_id`,`position`);--> statement-breakpoint
CREATE INDEX `contributions_event_id_idx` ON `contributions` (`event_id`);--> statement-breakpoint
CREATE TABLE `step_problem_links` (
	`step_id` text NOT NULL,
	`problem_id` text NOT NULL,
	PRIMARY KEY(`step_id`, `problem_id`),
	FOREIGN KEY (`step_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `votes` (
	`participant_id` text NOT NULL,
	`contribution_id` text NOT NULL,
	`track_id` text NOT NULL,
	`count` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`participant_id`, `contribution_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`track_id`) REFERENCES `tracks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `votes_contribution_id_idx` ON `votes` (`contribution_id`);--> statement-breakpoint
CREATE INDEX `votes_track_id_participant_id_idx` ON `votes` (`track_id`,`participant_id`);--> statement-breakpoint
ALTER TABLE `tracks` ADD `voting_open` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `tracks` ADD `vote_budget` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `tracks` ADD `max_votes_per_item` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `tracks` ADD `vote_counts_visible` integer DEFAULT false NOT NULL;