import { eq, max } from "drizzle-orm";
import * as encoding from "lib0/encoding";
import type { AppDatabase } from "../../db/client";
import { contributions, tracks } from "../../db/schema";
import { MessageType } from "../../shared/collab-protocol";
import type { TrackState } from "../../shared/track-phase";
import type { Connections } from "../collab/connections";

/**
 * The live state of a track (phase, timer, private writing) with the server's clock now; null when there is
 * no track.
 */
export function readTrackState(db: Pick<AppDatabase, "select">, trackId: string): TrackState | null {
  const row = db
    .select({
      phase: tracks.phase,
      durationMs: tracks.timerDurationMs,
      endsAt: tracks.timerEndsAt,
      privateWriting: tracks.privateWriting,
      votingOpen: tracks.votingOpen,
      countsVisible: tracks.voteCountsVisible,
      budget: tracks.voteBudget,
      maxPerItem: tracks.maxVotesPerItem,
      tally: tracks.tallyRevision,
    })
    .from(tracks)
    .where(eq(tracks.id, trackId))
    .get();
  if (!row) return null;
  // Every change of a contribution (new, edited, deleted) sets its updatedAt: the latest is a revision.
  const latest = db
    .select({ at: max(contributions.updatedAt) })
    .from(contributions)
    .where(eq(contributions.trackId, trackId))
    .get();
  return {
    phase: row.phase,
    timer: { durationMs: row.durationMs, endsAt: row.endsAt },
    privateWriting: row.privateWriting,
    voting: {
      open: row.votingOpen,
      countsVisible: row.countsVisible,
      budget: row.budget,
      maxPerItem: row.maxPerItem,
      tally: row.tally,
      contributions: latest?.at?.getTime() ?? 0,
    },
    serverNow: Date.now(),
  };
}

/** `[trackState, JSON]`, the frame every subscribed connection of the track receives (ADR 008). */
export function trackStateFrame(state: TrackState): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.trackState);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}

/** The frame of a track's current state, for a connection that has just subscribed. */
export function currentTrackStateFrame(db: AppDatabase, trackId: string): Uint8Array | null {
  const state = readTrackState(db, trackId);
  return state ? trackStateFrame(state) : null;
}

/**
 * Sends the track's current state, as stored, to every subscribed connection of the track (its shared
 * document and its drafts). Call it after the change is stored, so that a page that reloads its data on
 * this frame reads the new state. Returns how many connections received it.
 */
export function sendTrackState(
  db: Pick<AppDatabase, "select">,
  connections: Pick<Connections, "sendTrackStateWhere">,
  trackId: string,
): number {
  const state = readTrackState(db, trackId);
  if (!state) return 0;
  return connections.sendTrackStateWhere((grant) => grant.trackId === trackId, trackStateFrame(state));
}
