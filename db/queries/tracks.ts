import { and, asc, eq } from "drizzle-orm";
import { trackDocumentName } from "../../shared/document-name";
import type { TrackPhase } from "../../shared/track-phase";
import type { AppDatabase } from "../client";
import { type Event, events, type Track, tracks } from "../schema";

export interface TrackSummary {
  id: string;
  eventId: string;
  phase: TrackPhase;
  privateWriting: boolean;
  slug: string;
  title: string;
  subtopics: string[];
  documentName: string;
}

function summarise(track: Track): TrackSummary {
  return {
    id: track.id,
    eventId: track.eventId,
    phase: track.phase,
    privateWriting: track.privateWriting,
    slug: track.slug,
    title: track.title,
    subtopics: track.subtopics,
    documentName: trackDocumentName(track.id),
  };
}

/** Every event with its tracks in their order, newest event first. */
export function listEventsWithTracks(db: AppDatabase): (Event & { tracks: TrackSummary[] })[] {
  const allEvents = db.select().from(events).orderBy(asc(events.startsOn)).all().reverse();
  return allEvents.map((event) => ({
    ...event,
    tracks: db
      .select()
      .from(tracks)
      .where(eq(tracks.eventId, event.id))
      .orderBy(asc(tracks.position))
      .all()
      .map(summarise),
  }));
}

/** All tracks of all events, for the API. */
export function listTracks(db: AppDatabase): TrackSummary[] {
  return db.select().from(tracks).orderBy(asc(tracks.eventId), asc(tracks.position)).all().map(summarise);
}

export function findTrack(
  db: AppDatabase,
  eventSlug: string,
  trackSlug: string,
): (TrackSummary & { event: Event }) | null {
  const row = db
    .select()
    .from(tracks)
    .innerJoin(events, eq(tracks.eventId, events.id))
    .where(and(eq(events.slug, eventSlug), eq(tracks.slug, trackSlug)))
    .get();
  return row ? { ...summarise(row.tracks), event: row.events } : null;
}

export function trackExists(db: AppDatabase, trackId: string): boolean {
  return db.select({ id: tracks.id }).from(tracks).where(eq(tracks.id, trackId)).get() !== undefined;
}

/** A track with what access decisions need (its event and its phase). */
export function findTrackById(db: AppDatabase, trackId: string): Track | null {
  return db.select().from(tracks).where(eq(tracks.id, trackId)).get() ?? null;
}

/** The page of a track, `/events/<event slug>/tracks/<track slug>`, or null if there is no such track. */
export function trackPath(db: AppDatabase, trackId: string): string | null {
  const row = db
    .select({ trackSlug: tracks.slug, eventSlug: events.slug })
    .from(tracks)
    .innerJoin(events, eq(tracks.eventId, events.id))
    .where(eq(tracks.id, trackId))
    .get();
  return row ? `/events/${row.eventSlug}/tracks/${row.trackSlug}` : null;
}
