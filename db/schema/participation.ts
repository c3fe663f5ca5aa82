import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { events, tracks } from "./events";

/**
 * Join codes of an event. Exactly one is current (`revokedAt` null); rotating revokes it, which ends the
 * sessions of everyone who joined with it.
 */
export const joinCodes = sqliteTable(
  "join_codes",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** Normalised form (shared/join-code.ts): upper case, no separators. */
    code: text("code").notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("join_codes_code_idx").on(table.code), index("join_codes_event_id_idx").on(table.eventId)],
);

/** A person who joined an event with its code: a display name, optionally an organisation. No account. */
export const participants = sqliteTable(
  "participants",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    joinCodeId: text("join_code_id")
      .notNull()
      .references(() => joinCodes.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    organisation: text("organisation"),
    color: text("color").notNull(),
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (table) => [index("participants_event_id_idx").on(table.eventId)],
);

/**
 * Read-only links for projectors and guests: whoever opens one gets an observer session for the event, or
 * for one track of it. Only a hash of the secret is stored.
 */
export const observerLinks = sqliteTable(
  "observer_links",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    trackId: text("track_id").references(() => tracks.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    tokenHash: text("token_hash").notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("observer_links_token_hash_idx").on(table.tokenHash)],
);

export type Participant = typeof participants.$inferSelect;
export type ObserverLink = typeof observerLinks.$inferSelect;
