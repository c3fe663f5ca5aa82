import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { events, tracks } from "./events";
import { participants } from "./participation";

/**
 * The read model of the track documents (ADR 006): every problem and step, extracted from the live
 * documents by the server, so that moderation, search and export never parse Yjs themselves. The live
 * document stays the source of truth; these rows follow it.
 */
export const contributions = sqliteTable(
  "contributions",
  {
    /** The block's id in the document. */
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    trackId: text("track_id")
      .notNull()
      .references(() => tracks.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["problem", "step"] }).notNull(),
    /** Plain text, paragraphs separated by blank lines. */
    text: text("text").notNull(),
    /** Author as attributed by the server (a participant, or an account's user id). */
    authorId: text("author_id"),
    authorName: text("author_name"),
    authorOrganisation: text("author_organisation"),
    /** Order within the track document (0-based, problems and steps counted together). */
    position: integer("position").notNull(),
    /** Set when the block disappeared from the document; cleared if it comes back (undo). */
    deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    index("contributions_track_id_position_idx").on(table.trackId, table.position),
    index("contributions_event_id_idx").on(table.eventId),
  ],
);

/** Every text a contribution has had, oldest first: its history survives edits and deletion. */
export const contributionVersions = sqliteTable(
  "contribution_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    contributionId: text("contribution_id")
      .notNull()
      .references(() => contributions.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("contribution_versions_contribution_id_idx").on(table.contributionId)],
);

/** Which problems a step refers to. */
export const stepProblemLinks = sqliteTable(
  "step_problem_links",
  {
    stepId: text("step_id")
      .notNull()
      .references(() => contributions.id, { onDelete: "cascade" }),
    problemId: text("problem_id").notNull(),
  },
  (table) => [primaryKey({ columns: [table.stepId, table.problemId] })],
);

/** Dot votes: how many of a participant's votes lie on a contribution. */
export const votes = sqliteTable(
  "votes",
  {
    participantId: text("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    contributionId: text("contribution_id")
      .notNull()
      .references(() => contributions.id, { onDelete: "cascade" }),
    trackId: text("track_id")
      .notNull()
      .references(() => tracks.id, { onDelete: "cascade" }),
    count: integer("count").notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.participantId, table.contributionId] }),
    index("votes_contribution_id_idx").on(table.contributionId),
    index("votes_track_id_participant_id_idx").on(table.trackId, table.participantId),
  ],
);

export type Contribution = typeof contributions.$inferSelect;
