import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ENTRY_STATUSES, PRIORITIES, RESPONSIBLE_PARTIES, TIME_HORIZONS } from "../../shared/fahrplan-fields";
import { createdAt } from "./columns";
import { contributions } from "./contributions";
import { events, tracks } from "./events";

/**
 * The curated Fahrplan of an event (docs/curation.md, ADR 007): sections with ordered entries, each entry
 * traceable to the contributions it was made from. Published versions are frozen copies.
 */
export const roadmaps = sqliteTable(
  "roadmaps",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("roadmaps_event_id_idx").on(table.eventId)],
);

export const roadmapSections = sqliteTable(
  "roadmap_sections",
  {
    id: text("id").primaryKey(),
    roadmapId: text("roadmap_id")
      .notNull()
      .references(() => roadmaps.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    position: integer("position").notNull(),
    /** The track this section was made for by default; null for sections added by hand. */
    trackId: text("track_id").references(() => tracks.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("roadmap_sections_roadmap_id_position_idx").on(table.roadmapId, table.position)],
);

export const roadmapEntries = sqliteTable(
  "roadmap_entries",
  {
    id: text("id").primaryKey(),
    roadmapId: text("roadmap_id")
      .notNull()
      .references(() => roadmaps.id, { onDelete: "cascade" }),
    sectionId: text("section_id")
      .notNull()
      .references(() => roadmapSections.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    problemStatement: text("problem_statement").notNull(),
    /** The steps, in order. */
    steps: text("steps", { mode: "json" }).$type<string[]>().notNull(),
    responsibleParty: text("responsible_party", { enum: RESPONSIBLE_PARTIES }),
    /** When responsibleParty is "other". */
    responsibleOther: text("responsible_other"),
    timeHorizon: text("time_horizon", { enum: TIME_HORIZONS }),
    /** When timeHorizon is "quarter": e.g. "2019-Q3". */
    targetQuarter: text("target_quarter"),
    priority: text("priority", { enum: PRIORITIES }),
    status: text("status", { enum: ENTRY_STATUSES }).notNull().default("draft"),
    /** Raised by every change; a save based on an older version is refused (no silent overwrites). */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("roadmap_entries_section_id_position_idx").on(table.sectionId, table.position)],
);

/** The contributions an entry was made from, with their text as it was when adopted. */
export const entrySources = sqliteTable(
  "entry_sources",
  {
    entryId: text("entry_id")
      .notNull()
      .references(() => roadmapEntries.id, { onDelete: "cascade" }),
    contributionId: text("contribution_id")
      .notNull()
      .references(() => contributions.id, { onDelete: "cascade" }),
    textAtAdoption: text("text_at_adoption").notNull(),
    adoptedAt: integer("adopted_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.entryId, table.contributionId] }),
    uniqueIndex("entry_sources_contribution_id_idx").on(table.contributionId),
  ],
);

/** A moderator's decision about a contribution that is not adopted: rejected (with a reason) or duplicate. */
export const contributionDecisions = sqliteTable("contribution_decisions", {
  contributionId: text("contribution_id")
    .primaryKey()
    .references(() => contributions.id, { onDelete: "cascade" }),
  decision: text("decision", { enum: ["rejected", "duplicate"] }).notNull(),
  reason: text("reason"),
  duplicateOfId: text("duplicate_of_id"),
  decidedBy: text("decided_by").notNull(),
  decidedAt: integer("decided_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * Every curation action with what it changed, so that it can be undone: `before` holds the rows it
 * touched as they were, `created` the ids of rows it made (server/fahrplan/undo.ts).
 */
export const curationActions = sqliteTable(
  "curation_actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roadmapId: text("roadmap_id")
      .notNull()
      .references(() => roadmaps.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    actor: text("actor").notNull(),
    summary: text("summary").notNull(),
    undo: text("undo", { mode: "json" }).$type<UndoRecord>().notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    undoneAt: integer("undone_at", { mode: "timestamp_ms" }),
  },
  (table) => [index("curation_actions_roadmap_id_idx").on(table.roadmapId)],
);

export interface UndoRecord {
  entries: (typeof roadmapEntries.$inferSelect)[];
  sources: (typeof entrySources.$inferSelect)[];
  decisions: (typeof contributionDecisions.$inferSelect)[];
  /** Rows the action created: removed again on undo. */
  createdEntryIds: string[];
  /** Entries whose sources are restored exactly as in `sources` (their other sources removed). */
  touchedEntryIds: string[];
  /** Contributions whose decision is restored exactly as in `decisions`. */
  touchedContributionIds: string[];
}

/** A published, immutable version of the Fahrplan ("Fassung 1.0"). */
export const roadmapVersions = sqliteTable(
  "roadmap_versions",
  {
    id: text("id").primaryKey(),
    roadmapId: text("roadmap_id")
      .notNull()
      .references(() => roadmaps.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    label: text("label").notNull(),
    /** The whole Fahrplan as JSON (server/fahrplan/snapshot.ts), and its SHA-256. */
    content: text("content").notNull(),
    contentHash: text("content_hash").notNull(),
    publishedBy: text("published_by").notNull(),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [uniqueIndex("roadmap_versions_roadmap_id_number_idx").on(table.roadmapId, table.number)],
);

export type RoadmapEntry = typeof roadmapEntries.$inferSelect;
export type RoadmapSection = typeof roadmapSections.$inferSelect;
