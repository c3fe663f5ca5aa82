import type { TrackState } from "../../shared/track-phase";

/**
 * The latest live state of each track this browser has open, by document name, as the collaboration
 * channel delivers it (track-state-channel.ts). Pages read it through `useLiveTrackState`. It lives in the
 * browser only: one page, one store.
 */

/** A state and how far the server's clock is ahead of this browser's (negative: behind). */
export interface ClockedTrackState {
  state: TrackState;
  clockOffsetMs: number;
}

const latest = new Map<string, ClockedTrackState>();
const listeners = new Set<() => void>();

export function publishTrackState(documentName: string, state: TrackState): void {
  // The offset is taken when the state arrives; the time in transit (milliseconds) does not matter here.
  latest.set(documentName, { state, clockOffsetMs: state.serverNow - Date.now() });
  for (const listener of listeners) listener();
}

export function latestTrackState(documentName: string): ClockedTrackState | undefined {
  return latest.get(documentName);
}

export function subscribeToTrackStates(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
