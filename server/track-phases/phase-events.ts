import { EventEmitter } from "node:events";
import type { TrackPhase } from "../../shared/track-phase";

/** A track moved from one phase to another; emitted after the change is stored and pushed. */
export interface PhaseChange {
  trackId: string;
  eventId: string;
  from: TrackPhase;
  to: TrackPhase;
  /** The audit key of who changed it (server/auth/principal.ts `actorOf`). */
  actor: string;
}

/**
 * Where other parts of the server hear about phase changes (the history takes a snapshot at each one).
 * One instance lives in the server's services; a listener that throws is logged by its caller, never
 * undoes the change.
 */
export class TrackPhaseEvents extends EventEmitter<{ phaseChanged: [change: PhaseChange] }> {}
