import { useEffect, useRef, useState } from "react";
import type { TrackState } from "../../../shared/track-phase";
import { useMessages } from "../../i18n/messages";

/**
 * What a screen reader should hear about the workshop, once per change: a new phase, a timer started or
 * stopped, and the end of the time (only when this page saw the timer run, not on opening a page whose
 * timer ran out long ago).
 */
export function useTrackAnnouncement(state: TrackState, remainingMs: number | null): string {
  const t = useMessages().workshop;
  const [message, setMessage] = useState("");
  const previous = useRef(state);
  const sawTimeLeft = useRef(false);

  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before.phase !== state.phase) setMessage(t.phaseAnnouncement(t.phases[state.phase]));
    else if (before.timer.endsAt !== state.timer.endsAt) {
      setMessage(
        state.timer.endsAt === null ? t.timer.stopped : t.timer.started(Math.round(state.timer.durationMs / 60_000)),
      );
    }
  }, [state, t]);

  const ended = remainingMs !== null && remainingMs <= 0;
  useEffect(() => {
    if (remainingMs === null) sawTimeLeft.current = false;
    else if (!ended) sawTimeLeft.current = true;
    else if (sawTimeLeft.current) {
      sawTimeLeft.current = false;
      setMessage(t.timer.ended);
    }
  }, [remainingMs, ended, t]);

  return message;
}
