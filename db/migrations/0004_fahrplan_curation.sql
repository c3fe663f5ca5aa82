CREATE TABLE `contribution_decisions` (
	`contribution_id` text PRIMARY KEY NOT NULL,
	`decision` text NOT NULL,
	`reason` text,
	`duplicate_of_id` text,
	`decided_by` text NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `curation_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`roadmap_id` text NOT NULL,
	`action` text NOT NULL,
	`actor` text NOT NULL,
	`summary` text NOT NULL,
	`undo` text NOT NULL,
	`at` integer NOT NULL,
	`undone_at` integer,
	FOREIGN KEY (`roadmap_id`) REFERENCES `roadmaps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `curation_actions_roadmap_id_idx` ON `curation_actions` (`roadmap_id`);--> statement-breakpoint
CREATE TABLE `entry_sources` (
	`entry_id` text NOT NULL,
	`contribution_id` text NOT NULL,
	`text_at_adoption` text NOT NULL,
	`adopted_at` integer NOT NULL,
	PRIMARY KEY(`entry_id`, `contribution_id`),
	FOREIGN KEY (`entry_id`) REFERENCES `roadmap_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_sources_contribution_id_idx` ON `entry_sources` (`contribution_id`);--> statement-breakpoint
CREATE TABLE `roadmap_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`roadmap_id` text NOT NULL,
	`section_id` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`problem_statement` text NOT NULL,
	`steps` text NOT NULL,
	`responsible_party` text,
	`responsible_other` text,
	`time_horizon` text,
	`target_quarter` text,
	`priority` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`roadmap_id`) REFERENCES `roadmaps`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `roadmap_sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `roadmap_entries_section_id_position_idx` ON `roadmap_entries` (`section_id`,`position`);--> statement-breakpoint
CREATE TABLE `roadmap_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`roadmap_id` text NOT NULL,
	`title` text NOT NULL,
	`position` integer NOT NULL,
	`track_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`roadmap_id`) REFERENCES `roadmaps`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`track_id`) REFERENCES `tracks`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `roadmap_sections_roadmap_id_position_idx` ON `roadmap_sections` (`roadmap_id`,`position`);--> statement-breakpoint
CREATE TABLE `roadmap_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`roadmap_id` text NOT NULL,
	`number` integer NOT NULL,
	`label` text NOT NULL,
	`content` text NOT NULL,
	`content_hash` text NOT NULL,
	`published_by` text NOT NULL,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`roadmap_id`) REFERENCES `roadmaps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roadmap_versions_roadmap_id_number_idx` ON `roadmap_versions` (`roadmap_id`,`number`);--> statement-breakpoint
CREATE TABLE `roadmaps` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`title` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roadmaps_event_id_idx` ON `roadmaps` (`event_id`);