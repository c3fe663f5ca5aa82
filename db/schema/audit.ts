import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Security events (logins, failed logins, joins, role changes, code rotations, revocations). Written only
 * through server/auth/audit.ts. Details are JSON, never text spliced together from user input.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    action: text("action").notNull(),
    /** Who did it: `user:<id>`, `participant:<id>`, `observer:<id>`, `system` or `anonymous`. */
    actor: text("actor").notNull(),
    eventId: text("event_id"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index("audit_log_at_idx").on(table.at)],
);

/**
 * Secrets of this installation, made once at the first start. `audit-pseudonym` keys the HMAC that turns
 * personal data in security logs (an e-mail address typed at a failed login) into a pseudonym.
 */
export const instanceSecrets = sqliteTable("instance_secrets", {
  name: text("name").primaryKey(),
  value: blob("value", { mode: "buffer" }).notNull(),
});
