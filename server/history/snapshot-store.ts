import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { type SnapshotKind, trackSnapshots } from "../../db/schema";

/** A snapshot as the history page lists it: everything but the state. */
export interface SnapshotSummary {
  id: number;
  name: string | null;
  kind: SnapshotKind;
  createdBy: string;
  createdByName: string | null;
  createdAt: Date;
}

export interface NewSnapshot {
  trackId: string;
  name: string | null;
  kind: SnapshotKind;
  createdBy: string;
  createdByName: string | null;
  state: Uint8Array;
  text: string;
  createdAt: Date;
}

const summaryColumns = {
  id: trackSnapshots.id,
  name: trackSnapshots.name,
  kind: trackSnapshots.kind,
  createdBy: trackSnapshots.createdBy,
  createdByName: trackSnapshots.createdByName,
  createdAt: trackSnapshots.createdAt,
};

export function insertSnapshot(db: AppDatabase, snapshot: NewSnapshot): SnapshotSummary {
  const row = db
    .insert(trackSnapshots)
    .values({ ...snapshot, state: Buffer.from(snapshot.state) })
    .returning(summaryColumns)
    .get();
  return row;
}

/** The snapshots of a track, oldest first (the order of the time slider). */
export function listSnapshots(db: AppDatabase, trackId: string): SnapshotSummary[] {
  return db
    .select(summaryColumns)
    .from(trackSnapshots)
    .where(eq(trackSnapshots.trackId, trackId))
    .orderBy(trackSnapshots.createdAt, trackSnapshots.id)
    .all();
}

/** One snapshot with its state, only if it belongs to this track (ids are guessable; the track is not). */
export function findSnapshot(db: AppDatabase, trackId: string, id: number) {
  return (
    db
      .select()
      .from(trackSnapshots)
      .where(and(eq(trackSnapshots.trackId, trackId), eq(trackSnapshots.id, id)))
      .get() ?? null
  );
}

/** The text of the newest snapshot of a track, or null when it has none. */
export function latestSnapshotText(db: AppDatabase, trackId: string): string | null {
  const row = db
    .select({ text: trackSnapshots.text })
    .from(trackSnapshots)
    .where(eq(trackSnapshots.trackId, trackId))
    .orderBy(desc(trackSnapshots.createdAt), desc(trackSnapshots.id))
    .get();
  return row?.text ?? null;
}

const HOUR_MS = 60 * 60_000;

/**
 * Keeps the number of automatic snapshots bounded: all of the last hour, and before that the newest one
 * of each clock hour. Snapshots of phases, by hand and before a restore are always kept (there are few,
 * and someone chose them).
 */
export function thinAutoSnapshots(db: AppDatabase, trackId: string, now: Date): number {
  const older = db
    .select({ id: trackSnapshots.id, createdAt: trackSnapshots.createdAt })
    .from(trackSnapshots)
    .where(
      and(
        eq(trackSnapshots.trackId, trackId),
        eq(trackSnapshots.kind, "auto"),
        lt(trackSnapshots.createdAt, new Date(now.getTime() - HOUR_MS)),
      ),
    )
    .orderBy(desc(trackSnapshots.createdAt), desc(trackSnapshots.id))
    .all();
  const keptHours = new Set<number>();
  const drop: number[] = [];
  for (const row of older) {
    const hour = Math.floor(row.createdAt.getTime() / HOUR_MS);
    if (keptHours.has(hour)) drop.push(row.id);
    else keptHours.add(hour);
  }
  if (drop.length > 0) db.delete(trackSnapshots).where(inArray(trackSnapshots.id, drop)).run();
  return drop.length;
}
