import { and, asc, desc, eq } from "drizzle-orm";
import type { AppDatabase } from "../client";
import {
  type Event,
  events,
  observerLinks,
  type Participant,
  participants,
  type Track,
  tracks,
  users,
} from "../schema";

/**
 * Read queries of the administration pages. Every lookup by id that comes from a form takes the event of
 * the page as well, so that an id of another event is simply not found.
 */

/** Every event, the most recent first. */
export function listEvents(db: AppDatabase): Event[] {
  return db.select().from(events).orderBy(desc(events.startsOn), asc(events.title)).all();
}

export function findEvent(db: AppDatabase, eventId: string): Event | null {
  return db.select().from(events).where(eq(events.id, eventId)).get() ?? null;
}

/** The event's tracks in their order. */
/** The event with this slug (its public address), or null. */
export function findEventBySlug(db: AppDatabase, slug: string): Event | null {
  return db.select().from(events).where(eq(events.slug, slug)).get() ?? null;
}

export function listEventTracks(db: AppDatabase, eventId: string): Track[] {
  return db.select().from(tracks).where(eq(tracks.eventId, eventId)).orderBy(asc(tracks.position)).all();
}

export function findEventTrack(db: AppDatabase, eventId: string, trackId: string): Track | null {
  return (
    db
      .select()
      .from(tracks)
      .where(and(eq(tracks.eventId, eventId), eq(tracks.id, trackId)))
      .get() ?? null
  );
}

/** Everyone who joined the event, in the order they joined (removed people included). */
export function listEventParticipants(db: AppDatabase, eventId: string): Participant[] {
  return db
    .select()
    .from(participants)
    .where(eq(participants.eventId, eventId))
    .orderBy(asc(participants.createdAt), asc(participants.displayName))
    .all();
}

export function findEventParticipant(db: AppDatabase, eventId: string, participantId: string): Participant | null {
  return (
    db
      .select()
      .from(participants)
      .where(and(eq(participants.eventId, eventId), eq(participants.id, participantId)))
      .get() ?? null
  );
}

export interface ObserverLinkSummary {
  id: string;
  label: string;
  /** Null: every track of the event. */
  trackId: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

/** The columns of an observer link that pages show; the token hash is left out, pages have no use for it. */
const linkColumns = {
  id: observerLinks.id,
  label: observerLinks.label,
  trackId: observerLinks.trackId,
  createdAt: observerLinks.createdAt,
  revokedAt: observerLinks.revokedAt,
};

/** The event's observer links, newest first. */
export function listEventObserverLinks(db: AppDatabase, eventId: string): ObserverLinkSummary[] {
  return db
    .select(linkColumns)
    .from(observerLinks)
    .where(eq(observerLinks.eventId, eventId))
    .orderBy(desc(observerLinks.createdAt))
    .all();
}

export function findEventObserverLink(db: AppDatabase, eventId: string, linkId: string): ObserverLinkSummary | null {
  return (
    db
      .select(linkColumns)
      .from(observerLinks)
      .where(and(eq(observerLinks.eventId, eventId), eq(observerLinks.id, linkId)))
      .get() ?? null
  );
}

/** Whether the id is a moderator's account (admins cannot be given or lose a moderator scope). */
export function isModeratorAccount(db: AppDatabase, userId: string): boolean {
  const row = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.role, "moderator")))
    .get();
  return row !== undefined;
}

/** Names of every account by id, to show who did what in the audit log. */
export function accountNamesById(db: AppDatabase): Map<string, string> {
  const rows = db.select({ id: users.id, displayName: users.displayName, email: users.email }).from(users).all();
  return new Map(rows.map((row) => [row.id, `${row.displayName} (${row.email})`]));
}
