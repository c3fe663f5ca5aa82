import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "../client";
import { events, tracks } from "../schema";
import { congress2018 } from "./congress-2018";

/**
 * Seeds the congress of 2018 into an empty database. Idempotent: an event with the same slug is left as it
 * is (admins may have edited it), and running the seed again writes nothing.
 */
export function seedCongress(db: AppDatabase): void {
  db.transaction((tx) => {
    const existing = tx.select({ id: events.id }).from(events).where(eq(events.slug, congress2018.slug)).get();
    if (existing) return;
    const eventId = randomUUID();
    tx.insert(events)
      .values({
        id: eventId,
        slug: congress2018.slug,
        title: congress2018.title,
        startsOn: congress2018.startsOn,
        venue: congress2018.venue,
      })
      .run();
    congress2018.tracks.forEach((track, index) => {
      tx.insert(tracks)
        .values({
          id: randomUUID(),
          eventId,
          slug: track.slug,
          position: index + 1,
          title: track.title,
          subtopics: [...track.subtopics],
        })
        .run();
    });
  });
}
