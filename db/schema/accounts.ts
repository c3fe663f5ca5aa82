import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { events, tracks } from "./events";

/** Accounts that log in with e-mail and password: admins and moderators. Participants have none. */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    /** Stored lower-cased; unique. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    /** `scrypt$N$r$p$salt$hash` (server/auth/passwords.ts). */
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ["admin", "moderator"] }).notNull(),
    /** A disabled account cannot log in and has no open sessions. */
    disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("users_email_idx").on(table.email)],
);

/**
 * What a moderator moderates: a whole event (`trackId` null) or chosen tracks of it. Admins moderate
 * everything and need no rows here.
 */
export const moderatorAssignments = sqliteTable(
  "moderator_assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    trackId: text("track_id").references(() => tracks.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [index("moderator_assignments_user_id_idx").on(table.userId)],
);

export type User = typeof users.$inferSelect;
export type Role = User["role"];
