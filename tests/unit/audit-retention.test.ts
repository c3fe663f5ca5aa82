import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { auditLog } from "../../db/schema";
import { pruneAuditLog } from "../../server/privacy/audit-retention";

describe("audit log retention", () => {
  it("deletes entries older than the retention period and keeps the rest", () => {
    const db = openDatabase(":memory:");
    const now = Date.UTC(2026, 10, 28);
    const daysAgo = (days: number) => new Date(now - days * 24 * 60 * 60 * 1000);
    for (const [action, at] of [
      ["old", daysAgo(91)],
      ["edge", daysAgo(89)],
      ["new", daysAgo(1)],
    ] as const) {
      db.insert(auditLog).values({ action, actor: "system", details: {}, at }).run();
    }
    expect(pruneAuditLog(db, 90, now)).toBe(1);
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .map((row) => row.action),
    ).toEqual(["edge", "new"]);
  });
});
