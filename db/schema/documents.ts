import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";

/**
 * The storage of live documents (ADR 002): an append-only log of Yjs updates per document, compacted from
 * time to time into one snapshot. The state of a document is its snapshot plus every update with a larger
 * id than the snapshot's `throughUpdateId`. Documents are keyed by their name (shared/document-name.ts),
 * not by a foreign key, so that the store stays independent of what a document belongs to.
 */
export const documentUpdates = sqliteTable(
  "document_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentName: text("document_name").notNull(),
    update: blob("update", { mode: "buffer" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("document_updates_document_name_id_idx").on(table.documentName, table.id)],
);

export const documentSnapshots = sqliteTable("document_snapshots", {
  documentName: text("document_name").primaryKey(),
  /** The whole document state, encoded as one Yjs update. */
  state: blob("state", { mode: "buffer" }).notNull(),
  /** Every update with an id up to and including this one is contained in `state`. */
  throughUpdateId: integer("through_update_id").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});
