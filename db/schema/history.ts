import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { tracks } from "./events";

export const SNAPSHOT_KINDS = ["auto", "phase", "manual", "before-restore"] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/**
 * The history of a track document (ADR 011): named, frozen states that moderators can view, compare with
 * the live document and restore. Separate from the storage snapshot in `document_snapshots`, which is the
 * compacted live state and is overwritten; rows here are never changed, only thinned (auto snapshots).
 */
export const trackSnapshots = sqliteTable(
  "track_snapshots",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trackId: text("track_id")
      .notNull()
      .references(() => tracks.id, { onDelete: "cascade" }),
    /** Given by a moderator or by the occasion ("Phase: Abstimmen"); null for automatic snapshots. */
    name: text("name"),
    kind: text("kind", { enum: SNAPSHOT_KINDS }).notNull(),
    /** Audit key of who took it (`user:…`), or `system` for automatic ones. */
    createdBy: text("created_by").notNull(),
    /** The display name at that moment, for the list; null for the system. */
    createdByName: text("created_by_name"),
    /** The whole document, encoded as one Yjs update (Y.encodeStateAsUpdate). */
    state: blob("state", { mode: "buffer" }).notNull(),
    /** The plain-text rendering of `state`, for the comparison and to skip unchanged auto snapshots. */
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("track_snapshots_track_id_created_at_idx").on(table.trackId, table.createdAt)],
);
