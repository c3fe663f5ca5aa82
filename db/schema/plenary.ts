import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { events } from "./events";
import { roadmapEntries } from "./fahrplan";
import { participants } from "./participation";

/**
 * The closing plenary of an event (Abschlussplenum, ADR 020): opened and closed by the event's
 * moderators on the current draft. At most one is open per event at a time (checked in
 * server/plenary/plenary.ts). A closed plenary is frozen: its voices no longer change.
 */
export const plenaries = sqliteTable(
  "plenaries",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["open", "closed"] }).notNull(),
    /** Each entry's version when the plenary opened: an entry with a higher one was changed during it. */
    openedVersions: text("opened_versions", { mode: "json" }).$type<Record<string, number>>().notNull(),
    /** The entry on the projector, which participants' views may follow; null: none. */
    projectedEntryId: text("projected_entry_id"),
    openedBy: text("opened_by").notNull(),
    openedAt: integer("opened_at", { mode: "timestamp_ms" }).notNull(),
    closedBy: text("closed_by"),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  },
  (table) => [index("plenaries_event_id_idx").on(table.eventId)],
);

/**
 * One participant's voice on one entry: consent or concerns, with an optional comment, and the entry's
 * version it was given on (a voice on an earlier wording is shown as such). A moderator may answer the
 * comment and mark it resolved.
 */
export const plenaryVoices = sqliteTable(
  "plenary_voices",
  {
    plenaryId: text("plenary_id")
      .notNull()
      .references(() => plenaries.id, { onDelete: "cascade" }),
    entryId: text("entry_id")
      .notNull()
      .references(() => roadmapEntries.id, { onDelete: "cascade" }),
    participantId: text("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    voice: text("voice", { enum: ["consent", "concern"] }).notNull(),
    comment: text("comment"),
    entryVersion: integer("entry_version").notNull(),
    reply: text("reply"),
    resolved: integer("resolved", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.plenaryId, table.entryId, table.participantId] })],
);
