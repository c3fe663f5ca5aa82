import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { listEventsWithTracks } from "../../db/queries/tracks";
import type { SnapshotKind } from "../../db/schema";
import { seedCongress } from "../../db/seed/seed";
import { insertSnapshot, listSnapshots, thinAutoSnapshots } from "../../server/history/snapshot-store";

const MINUTE = 60_000;
const NOW = new Date("2018-11-07T15:00:00Z");

function trackOfSeededCongress() {
  const db = openDatabase(":memory:");
  seedCongress(db);
  const trackId = listEventsWithTracks(db)[0]?.tracks[0]?.id;
  if (!trackId) throw new Error("seeded track missing");
  return { db, trackId };
}

describe("thinning the automatic snapshots of a track", () => {
  it("keeps every snapshot of the last hour, one per older hour, and every named one", () => {
    const { db, trackId } = trackOfSeededCongress();
    const add = (minutesAgo: number, kind: SnapshotKind = "auto") =>
      insertSnapshot(db, {
        trackId,
        name: null,
        kind,
        createdBy: "system",
        createdByName: null,
        state: new Uint8Array([0, 0]),
        text: `${minutesAgo}`,
        createdAt: new Date(NOW.getTime() - minutesAgo * MINUTE),
      });
    // 12:00-12:55 (one clock hour), 13:00-13:55 (another), then the last hour in 5-minute steps.
    for (let minutesAgo = 180; minutesAgo > 0; minutesAgo -= 5) add(minutesAgo);
    add(170, "manual");
    add(150, "phase");
    add(130, "before-restore");

    expect(thinAutoSnapshots(db, trackId, NOW)).toBeGreaterThan(0);

    const left = listSnapshots(db, trackId);
    const autoTimes = left
      .filter((s) => s.kind === "auto")
      .map((s) => (NOW.getTime() - s.createdAt.getTime()) / MINUTE);
    // 60 minutes ago is 14:00, the newest of its hour; 65 is the newest of 13:xx; 125 of 12:xx.
    expect(autoTimes).toEqual([125, 65, 60, 55, 50, 45, 40, 35, 30, 25, 20, 15, 10, 5]);
    expect(left.filter((s) => s.kind !== "auto").map((s) => s.kind)).toEqual(["manual", "phase", "before-restore"]);
    expect(thinAutoSnapshots(db, trackId, NOW)).toBe(0);
  });
});
