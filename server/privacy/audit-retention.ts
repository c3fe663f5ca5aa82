import { lt } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { auditLog } from "../../db/schema";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Security logs are kept as long as they serve security and no longer: entries older than the retention
 * period (AUDIT_RETENTION_DAYS) are deleted at every start and once a day. Returns how many were deleted.
 */
export function pruneAuditLog(db: AppDatabase, retentionDays: number, now = Date.now()): number {
  return db
    .delete(auditLog)
    .where(lt(auditLog.at, new Date(now - retentionDays * DAY_MS)))
    .run().changes;
}

/** Prunes now and then daily, until the returned function is called. */
export function scheduleAuditPruning(db: AppDatabase, retentionDays: number): () => void {
  pruneAuditLog(db, retentionDays);
  const timer = setInterval(() => pruneAuditLog(db, retentionDays), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
