import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { TrackState } from "../../../shared/track-phase";
import { type ClockedTrackState, latestTrackState, subscribeToTrackStates } from "../../collab/track-state-store";

/**
 * The track's phase and timer as they are now: the state the page was rendered with, replaced by every
 * newer one the collaboration channel delivers (without reloading the page).
 */
export function useLiveTrackState(documentName: string, initial: TrackState): ClockedTrackState {
  // The page's own state: its server time was "now" when it was rendered, so the offset is taken here.
  const rendered = useMemo(() => ({ state: initial, clockOffsetMs: initial.serverNow - Date.now() }), [initial]);
  const pick = () => {
    const live = latestTrackState(documentName);
    return live && live.state.serverNow >= rendered.state.serverNow ? live : rendered;
  };
  return useSyncExternalStore(subscribeToTrackStates, pick, () => rendered);
}

/**
 * The server's clock, ticking once a second while `ticking`. Before the page is hydrated it is the moment
 * the state was sent, so that server and browser render the same remaining time.
 */
export function useServerNow({ state, clockOffsetMs }: ClockedTrackState, ticking: boolean): number {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return now === null ? state.serverNow : now + clockOffsetMs;
}
