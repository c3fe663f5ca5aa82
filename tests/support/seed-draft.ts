import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { contributions, events, tracks, users } from "../../db/schema";
import type { AccountPrincipal } from "../../server/auth/principal";
import { adoptContributions, decideContribution } from "../../server/fahrplan/curation";

/**
 * A draft Fahrplan in the seeded congress, made as moderators make it on the board: each problem of the
 * first track adopted as an entry of its own, and optionally one contribution rejected with a reason.
 * Used by the plenary's tests and benchmark, on a database the server may have open at the same time.
 */
export function seedDraft(
  db: AppDatabase,
  problems: string[],
  rejected?: { text: string; reason: string },
): { eventId: string; slug: string; entryIds: string[] } {
  const event = db.select().from(events).orderBy(asc(events.startsOn)).get();
  const track = db
    .select()
    .from(tracks)
    .where(eq(tracks.eventId, event?.id ?? ""))
    .orderBy(asc(tracks.position))
    .get();
  const admin = db.select().from(users).get();
  if (!event || !track || !admin) throw new Error("seeded congress missing");
  // Curation records who acted; the first account (the admin) does.
  const actor = { kind: "account", userId: admin.id, role: "admin", moderatedEvents: [], moderatedTracks: [] };
  const ctx = { db, actor: actor as unknown as AccountPrincipal, eventId: event.id };
  const add = (text: string, position: number) => {
    const id = randomUUID();
    db.insert(contributions)
      .values({ id, eventId: event.id, trackId: track.id, kind: "problem", text, position, updatedAt: new Date() })
      .run();
    return id;
  };
  const entryIds = problems.map((text, position) => {
    const adopted = adoptContributions(ctx, [add(text, position)]);
    if (!adopted.ok) throw new Error(`adoption failed: ${adopted.reason}`);
    return adopted.value.entryId;
  });
  if (rejected) {
    const decided = decideContribution(ctx, add(rejected.text, problems.length), {
      kind: "rejected",
      reason: rejected.reason,
    });
    if (!decided.ok) throw new Error(`rejection failed: ${decided.reason}`);
  }
  return { eventId: event.id, slug: event.slug, entryIds };
}
