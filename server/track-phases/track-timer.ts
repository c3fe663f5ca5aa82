import { eq } from "drizzle-orm";
import { tracks } from "../../db/schema";
import { MAX_TIMER_MINUTES } from "../../shared/track-phase";
import { audit } from "../auth/audit";
import { actorOf } from "../auth/principal";
import { moderatedTrack, type PhaseActionContext, type PhaseRefusal, pushTrackState } from "./phase-context";

export type TimerResult = { ok: true } | { ok: false; reason: PhaseRefusal };

/**
 * Starts the track's timer for whole minutes from now. The end is stored as a moment of the server's clock
 * and every page counts down to it with the server's time (shared/track-phase.ts), so all screens agree.
 * Starting a running timer starts it afresh.
 */
export function startTrackTimer(ctx: PhaseActionContext, trackId: string, minutes: number): TimerResult {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TIMER_MINUTES) {
    return { ok: false, reason: "invalid-timer" };
  }
  const allowed = moderatedTrack(ctx, trackId, "timer:start");
  if (!allowed.ok) return allowed;
  const durationMs = minutes * 60_000;
  const endsAt = Date.now() + durationMs;
  ctx.db.update(tracks).set({ timerDurationMs: durationMs, timerEndsAt: endsAt }).where(eq(tracks.id, trackId)).run();
  recordAndPush(ctx, allowed.track.eventId, trackId, { started: minutes, endsAt });
  return { ok: true };
}

/** Stops the timer; the duration stays as the default for the next start. */
export function stopTrackTimer(ctx: PhaseActionContext, trackId: string): TimerResult {
  const allowed = moderatedTrack(ctx, trackId, "timer:stop");
  if (!allowed.ok) return allowed;
  if (allowed.track.timerEndsAt === null) return { ok: true };
  ctx.db.update(tracks).set({ timerEndsAt: null }).where(eq(tracks.id, trackId)).run();
  recordAndPush(ctx, allowed.track.eventId, trackId, { stopped: true });
  return { ok: true };
}

function recordAndPush(
  ctx: PhaseActionContext,
  eventId: string,
  trackId: string,
  details: Record<string, unknown>,
): void {
  audit(ctx.db, ctx.services.logger, {
    action: "track_timer_changed",
    actor: actorOf(ctx.actor),
    eventId,
    details: { trackId, ...details },
  });
  pushTrackState(ctx, trackId);
}
