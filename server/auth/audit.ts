import { desc } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { auditLog } from "../../db/schema";
import type { AuditAction } from "../../shared/audit-action";
import type { Logger } from "../logger";

export interface AuditEntry {
  action: AuditAction;
  actor: string;
  eventId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Records a security event in the audit log and in the structured log. User input only ever appears as a
 * JSON value, so it cannot forge an entry or a log line.
 */
export function audit(db: AppDatabase, logger: Logger, entry: AuditEntry): void {
  const details = entry.details ?? {};
  db.insert(auditLog)
    .values({ action: entry.action, actor: entry.actor, eventId: entry.eventId ?? null, details })
    .run();
  logger.info({ audit: entry.action, actor: entry.actor, eventId: entry.eventId, details }, "audit");
}

export function recentAuditEntries(db: AppDatabase, limit = 200) {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).all();
}
