import { eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { listEventTracks } from "../../db/queries/administration";
import { type Event, events } from "../../db/schema";
import { formatJoinCode } from "../../shared/join-code";
import { currentJoinCode } from "../auth/join-codes";
import type { HandoutPage } from "./handout-pdf";
import { trackJoinUrl } from "./join-link";

/**
 * The join link of a track with the event's current join code, or null when the event has no valid code.
 * Read at every request: the code can be rotated at any moment, and the old one then opens nothing.
 */
export function currentTrackJoinUrl(
  db: AppDatabase,
  track: { eventId: string; eventSlug: string; trackSlug: string },
  origin: string,
): string | null {
  const code = currentJoinCode(db, track.eventId);
  return code ? trackJoinUrl(origin, code, track) : null;
}

/** What a handout page needs of a track. */
interface HandoutTrack {
  slug: string;
  title: string;
  subtopics: string[];
}

/**
 * The handout pages of the given tracks of an event, with the event's current join code; null when the
 * event has no valid code (after a failed rotation, say), since a handout without one is useless.
 */
export function handoutPages(
  db: AppDatabase,
  event: Pick<Event, "id" | "slug" | "title">,
  tracks: HandoutTrack[],
  origin: string,
): HandoutPage[] | null {
  const code = currentJoinCode(db, event.id);
  if (!code) return null;
  return tracks.map((track) => ({
    eventTitle: event.title,
    trackTitle: track.title,
    subtopics: track.subtopics,
    joinUrl: trackJoinUrl(origin, code, { eventSlug: event.slug, trackSlug: track.slug }),
    joinAddress: `${origin}/join`,
    code: formatJoinCode(code),
  }));
}

/** An event with its tracks in their order, found by the slug in a URL. */
export function findEventWithTracks(db: AppDatabase, eventSlug: string) {
  const event = db.select().from(events).where(eq(events.slug, eventSlug)).get();
  return event ? { event, tracks: listEventTracks(db, event.id) } : null;
}
