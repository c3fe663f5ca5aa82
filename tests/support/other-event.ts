import { randomUUID } from "node:crypto";
import type { AppDatabase } from "../../db/client";
import { events, tracks } from "../../db/schema";
import { ensureJoinCodes } from "../../server/auth/join-codes";

/**
 * A second event beside the seeded congress, with one track and its own join code: whatever belongs to it
 * must stay out of reach of the congress's participants and moderators.
 */
export function insertOtherEvent(db: AppDatabase): { eventId: string; trackId: string } {
  const eventId = randomUUID();
  const trackId = randomUUID();
  db.insert(events)
    .values({ id: eventId, slug: "anderer-kongress", title: "Anderer Kongress", startsOn: "2019-05-01", venue: "Jena" })
    .run();
  db.insert(tracks)
    .values({ id: trackId, eventId, slug: "einziger", position: 1, title: "Einziger Workshop", subtopics: [] })
    .run();
  ensureJoinCodes(db, null);
  return { eventId, trackId };
}
