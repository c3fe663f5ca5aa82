import { and, asc, eq } from "drizzle-orm";
import { events, tracks } from "../../db/schema";
import { audit } from "../auth/audit";
import { type AdminActionContext, actorKey } from "./admin-context";

/** An event's details and its tracks: titles, subtopics, order. (The phase: server/workshop.) */

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
