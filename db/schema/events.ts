import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { TRACK_PHASES } from "../../shared/track-phase";
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
    /**
     * The workshop phase (issue #8, ADR 008). `closed` makes the document read-only for participants
     * (enforced at the collaboration upgrade); entering `vote` opens dot voting and leaving it closes it.
     */
    phase: text("phase", { enum: TRACK_PHASES }).notNull().default("collect"),
    /** The track's timer: the duration the moderator set, and while it runs, when it ends (server epoch ms). */
    timerDurationMs: integer("timer_duration_ms").notNull().default(600_000),
    timerEndsAt: integer("timer_ends_at"),
    /** Dot voting (issue #4): open or not, the budget per participant, the most votes per item. */
    votingOpen: integer("voting_open", { mode: "boolean" }).notNull().default(false),
    voteBudget: integer("vote_budget").notNull().default(5),
    maxVotesPerItem: integer("max_votes_per_item").notNull().default(2),
    /** Whether participants see the counts while voting (moderators always do). */
    voteCountsVisible: integer("vote_counts_visible", { mode: "boolean" }).notNull().default(false),
    /**
     * Counts every vote given or taken back, so that each open page of the track can tell from the pushed
     * track state whether its tally is stale (issue #14: pushed, not polled).
     */
    tallyRevision: integer("tally_revision").notNull().default(0),
    /**
     * Private writing (issue #8): participants write into drafts of their own that only they and the
     * moderators read, until a moderator reveals them into the track's document (ADR 009).
     */
    privateWriting: integer("private_writing", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("tracks_event_id_slug_idx").on(table.eventId, table.slug),
    index("tracks_event_id_position_idx").on(table.eventId, table.position),
  ],
);

export type Event = typeof events.$inferSelect;
export type Track = typeof tracks.$inferSelect;
