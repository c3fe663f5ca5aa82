import type { AppDatabase } from "../../db/client";
import { findTrackById } from "../../db/queries/tracks";
import type { Track } from "../../db/schema";
import { audit } from "../auth/audit";
import { actorOf, moderatesTrack, type Principal } from "../auth/principal";
import type { AppServices } from "../load-context";
import { sendTrackState } from "./track-state";

/** What an action on a track's phase or timer needs: the database, the services (audit, sockets, events) and who acts. */
export interface PhaseActionContext {
  db: AppDatabase;
  services: AppServices;
  actor: Principal;
}

export type PhaseRefusal = "not-found" | "forbidden" | "invalid-timer";

/**
 * The track, when the actor moderates it (its moderators and admins: server/auth/principal.ts). A refusal
 * is recorded in the audit log: someone tried to steer a workshop that is not theirs.
 */
export function moderatedTrack(
  ctx: PhaseActionContext,
  trackId: string,
  attempted: string,
): { ok: true; track: Track } | { ok: false; reason: PhaseRefusal } {
  const track = findTrackById(ctx.db, trackId);
  if (!track) return { ok: false, reason: "not-found" };
  if (moderatesTrack(ctx.actor, track)) return { ok: true, track };
  audit(ctx.db, ctx.services.logger, {
    action: "track_state_refused",
    actor: actorOf(ctx.actor),
    eventId: track.eventId,
    details: { trackId, attempted },
  });
  return { ok: false, reason: "forbidden" };
}

/** Pushes the track's current state to every open page of it (every subscribed connection). */
export function pushTrackState(ctx: PhaseActionContext, trackId: string): void {
  sendTrackState(ctx.db, ctx.services.connections, trackId);
}
