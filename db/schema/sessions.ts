import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt } from "./columns";
import { observerLinks, participants } from "./participation";

/**
 * Server-side sessions. The cookie holds a random token; the row's id is its SHA-256, so a copy of the
 * database does not hand out sessions. Exactly one of userId, participantId, observerLinkId is set.
 */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    participantId: text("participant_id").references(() => participants.id, { onDelete: "cascade" }),
    observerLinkId: text("observer_link_id").references(() => observerLinks.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    /** The absolute end; the idle end is lastSeenAt plus the idle timeout (server/auth/session-policy.ts). */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (table) => [
    index("sessions_user_id_idx").on(table.userId),
    index("sessions_participant_id_idx").on(table.participantId),
    index("sessions_observer_link_id_idx").on(table.observerLinkId),
  ],
);

export type Session = typeof sessions.$inferSelect;
