/**
 * The workshop phases of a track and the live state that the server pushes to every open page of a track
 * (ADR 008). Server and browser both read it from here, so the payload has one definition.
 */

/** In order: collect problems and steps, vote on them, curate them, closed (read-only for participants). */
export const TRACK_PHASES = ["collect", "vote", "curate", "closed"] as const;

export type TrackPhase = (typeof TRACK_PHASES)[number];

export function isTrackPhase(value: unknown): value is TrackPhase {
  return typeof value === "string" && (TRACK_PHASES as readonly string[]).includes(value);
}

/** The track's timer: what the moderator set, and while it runs, when it ends on the server's clock. */
export interface TrackTimer {
  durationMs: number;
  /** Server epoch milliseconds; null while the timer is not running. */
  endsAt: number | null;
}

/**
 * What every page of a track shows live. `serverNow` is the server's clock when the state was sent: the
 * browser keeps the difference to its own clock, so that all screens count down the same remaining time
 * however wrong a laptop's clock is.
 */
export interface TrackState {
  phase: TrackPhase;
  timer: TrackTimer;
  /** Participants write into drafts of their own (ADR 009); the shared document is read-only for them. */
  privateWriting: boolean;
  voting: TrackVotingSignal;
  serverNow: number;
}

/**
 * What an open voting panel needs to know to stay current without polling: the settings themselves, and
 * two revisions that change whenever a vote is given or taken back (`tally`) or a contribution of the
 * track changes (`contributions`). A panel fetches its own view (its votes, the counts it may see) only
 * when one of them changed.
 */
export interface TrackVotingSignal {
  open: boolean;
  countsVisible: boolean;
  budget: number;
  maxPerItem: number;
  tally: number;
  contributions: number;
}

/** The longest timer a moderator can set, in minutes (a workshop slot). */
export const MAX_TIMER_MINUTES = 180;

/** Reads a state from the JSON the server sent; null for anything that is not one (a broken frame). */
export function parseTrackState(json: string): TrackState | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { phase, timer, privateWriting, voting, serverNow } = value as Record<string, unknown>;
  if (!isTrackPhase(phase) || typeof serverNow !== "number" || typeof timer !== "object" || timer === null) {
    return null;
  }
  if (typeof privateWriting !== "boolean") return null;
  const { durationMs, endsAt } = timer as Record<string, unknown>;
  if (typeof durationMs !== "number" || (endsAt !== null && typeof endsAt !== "number")) return null;
  const signal = parseVotingSignal(voting);
  if (!signal) return null;
  return { phase, timer: { durationMs, endsAt }, privateWriting, voting: signal, serverNow };
}

function parseVotingSignal(value: unknown): TrackVotingSignal | null {
  if (typeof value !== "object" || value === null) return null;
  const { open, countsVisible, budget, maxPerItem, tally, contributions } = value as Record<string, unknown>;
  if (typeof open !== "boolean" || typeof countsVisible !== "boolean") return null;
  const numbers = [budget, maxPerItem, tally, contributions];
  if (!numbers.every((number) => typeof number === "number")) return null;
  return {
    open,
    countsVisible,
    budget: budget as number,
    maxPerItem: maxPerItem as number,
    tally: tally as number,
    contributions: contributions as number,
  };
}

/** Milliseconds left on the timer at a moment of the server's clock; null when it is not running. */
export function remainingMs(timer: TrackTimer, serverTime: number): number | null {
  if (timer.endsAt === null) return null;
  return Math.max(0, timer.endsAt - serverTime);
}
