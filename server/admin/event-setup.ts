import { and, asc, eq } from "drizzle-orm";
import { events, tracks } from "../../db/schema";
import { audit } from "../auth/audit";
import { type AdminActionContext, actorKey } from "./admin-context";

/** An event's details and its tracks: titles, subtopics, order, and whether a track is locked. */

export function updateEventDetails(
  ctx: AdminActionContext,
  eventId: string,
  input: { title: string; startsOn: string; venue: string },
): void {
  ctx.db.update(events).set(input).where(eq(events.id, eventId)).run();
  audit(ctx.db, ctx.services.logger, { action: "event_updated", actor: actorKey(ctx), eventId, details: input });
}

export function updateTrackDetails(
  ctx: AdminActionContext,
  trackId: string,
  input: { title: string; subtopics: string[] },
): void {
  const track = ctx.db.select().from(tracks).where(eq(tracks.id, trackId)).get();
  if (!track) return;
  ctx.db.update(tracks).set(input).where(eq(tracks.id, trackId)).run();
  audit(ctx.db, ctx.services.logger, {
    action: "track_updated",
    actor: actorKey(ctx),
    eventId: track.eventId,
    details: { trackId, ...input },
  });
}

/**
 * Locks or unlocks a track. Participants' sockets to it are closed: they reconnect and the upgrade grants
 * them read-only access (locked) or write access again (unlocked).
 */
export function setTrackLocked(ctx: AdminActionContext, trackId: string, locked: boolean): void {
  const track = ctx.db.select().from(tracks).where(eq(tracks.id, trackId)).get();
  if (!track || track.locked === locked) return;
  ctx.db.update(tracks).set({ locked }).where(eq(tracks.id, trackId)).run();
  const closed = ctx.services.connections.closeWhere(
    (grant) => grant.trackId === trackId && grant.principal.kind === "participant",
  );
  audit(ctx.db, ctx.services.logger, {
    action: locked ? "track_locked" : "track_unlocked",
    actor: actorKey(ctx),
    eventId: track.eventId,
    details: { trackId, closedSockets: closed },
  });
}

/** Moves a track one place up or down within its event (swapping positions in one transaction). */
export function moveTrack(ctx: AdminActionContext, trackId: string, direction: "up" | "down"): void {
  ctx.db.transaction((tx) => {
    const track = tx.select().from(tracks).where(eq(tracks.id, trackId)).get();
    if (!track) return;
    const siblings = tx
      .select()
      .from(tracks)
      .where(eq(tracks.eventId, track.eventId))
      .orderBy(asc(tracks.position))
      .all();
    const index = siblings.findIndex((each) => each.id === trackId);
    const other = siblings[direction === "up" ? index - 1 : index + 1];
    if (!other) return;
    tx.update(tracks)
      .set({ position: other.position })
      .where(and(eq(tracks.id, track.id)))
      .run();
    tx.update(tracks).set({ position: track.position }).where(eq(tracks.id, other.id)).run();
  });
  audit(ctx.db, ctx.services.logger, {
    action: "track_updated",
    actor: actorKey(ctx),
    details: { trackId, moved: direction },
  });
}
