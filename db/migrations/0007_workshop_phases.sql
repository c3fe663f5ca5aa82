ALTER TABLE `tracks` ADD `phase` text DEFAULT 'collect' NOT NULL;--> statement-breakpoint
ALTER TABLE `tracks` ADD `timer_duration_ms` integer DEFAULT 600000 NOT NULL;--> statement-breakpoint
ALTER TABLE `tracks` ADD `timer_ends_at` integer;--> statement-breakpoint
-- A locked track is a closed one: the phase replaces the flag (ADR 008); the next migration drops it.
UPDATE `tracks` SET `phase` = 'closed' WHERE `locked` = 1;
