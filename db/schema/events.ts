import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";

/** An event such as a congress: the frame around its workshop tracks and its one Fahrplan. */
export const events = sqliteTable(
  "events",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    /** Calendar date of the event, ISO `YYYY-MM-DD` (a date without time zone). */
    startsOn: text("starts_on").notNull(),
    venue: text("venue").notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("events_slug_idx").on(table.slug)],
);

/** A workshop track of an event; each track has one live document. */
export const tracks = sqliteTable(
  "tracks",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    /** Order of the track within its event, starting at 1. */
    position: integer("position").notNull(),
    title: text("title").notNull(),
    subtopics: text("subtopics", { mode: "json" }).$type<string[]>().notNull(),
    /** A locked track's document is read-only for participants (enforced by the collaboration server). */
    locked: integer("locked", { mode: "boolean" }).notNull().default(false),
    /** Dot voting (issue #4): open or not, the budget per participant, the most votes per item. */
    votingOpen: integer("voting_open", { mode: "boolean" }).notNull().default(false),
    voteBudget: integer("vote_budget").notNull().default(5),
    maxVotesPerItem: integer("max_votes_per_item").notNull().default(2),
    /** Whether participants see the counts while voting (moderators always do). */
    voteCountsVisible: integer("vote_counts_visible", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("tracks_event_id_slug_idx").on(table.eventId, table.slug),
    index("tracks_event_id_position_idx").on(table.eventId, table.position),
  ],
);

export type Event = typeof events.$inferSelect;
export type Track = typeof tracks.$inferSelect;
