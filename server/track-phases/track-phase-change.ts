import { eq } from "drizzle-orm";
import { tracks } from "../../db/schema";
import type { TrackPhase } from "../../shared/track-phase";
import { audit } from "../auth/audit";
import { actorOf } from "../auth/principal";
import { moderatedTrack, type PhaseActionContext, type PhaseRefusal, pushTrackState } from "./phase-context";
import type { PhaseChange } from "./phase-events";

export type PhaseChangeResult = { ok: true; changed: boolean } | { ok: false; reason: PhaseRefusal };

/**
 * Moves a track into a phase. The rules that hang on the phase (ADR 008):
 * - `closed` is the lock: participants' sockets to the track are closed when it becomes or stops being
 *   closed, and the new upgrade grants them read-only or write access again;
 * - a running or expired timer stops: the new phase starts without one;
 * - entering `vote` opens dot voting and leaving it closes it (the voting panel can still open or close it
 *   by hand in between, for the exception);
 * - every open page of the track gets the new state at once, and `phaseChanged` listeners are told.
 */
export function changeTrackPhase(ctx: PhaseActionContext, trackId: string, phase: TrackPhase): PhaseChangeResult {
  const allowed = moderatedTrack(ctx, trackId, `phase:${phase}`);
  if (!allowed.ok) return allowed;
  const { track } = allowed;
  const from = track.phase;
  if (from === phase) return { ok: true, changed: false };

  const votingOpen = phase === "vote" ? true : from === "vote" ? false : track.votingOpen;
  // A timer belongs to the phase it was started in: run out or not, it does not carry into the next one.
  ctx.db.update(tracks).set({ phase, votingOpen, timerEndsAt: null }).where(eq(tracks.id, trackId)).run();
  const rightsChange = from === "closed" || phase === "closed";
  const closedSockets = rightsChange
    ? ctx.services.connections.closeWhere(
        (grant) => grant.trackId === trackId && grant.principal.kind === "participant",
      )
    : 0;
  const actor = actorOf(ctx.actor);
  audit(ctx.db, ctx.services.logger, {
    action: "track_phase_changed",
    actor,
    eventId: track.eventId,
    details: { trackId, from, to: phase, closedSockets },
  });
  pushTrackState(ctx, trackId);
  notifyListeners(ctx, { trackId, eventId: track.eventId, from, to: phase, actor });
  return { ok: true, changed: true };
}

/** A listener's failure (a snapshot that could not be taken) is logged; the phase change stands. */
function notifyListeners(ctx: PhaseActionContext, change: PhaseChange): void {
  try {
    ctx.services.phases.emit("phaseChanged", change);
  } catch (error) {
    ctx.services.logger.error({ err: error, trackId: change.trackId }, "a phase-change listener failed");
  }
}
