import { useId } from "react";
import { remainingMs } from "../../../shared/track-phase";
import type { ClockedTrackState } from "../../collab/track-state-store";
import { useMessages } from "../../i18n/messages";
import { TrackTimer } from "./track-timer";
import { useServerNow } from "./use-live-track-state";
import { useTrackAnnouncement } from "./use-track-announcement";
import "../../workshop.css";

/**
 * The phase of the workshop, what it means for the people in the room, and the timer, on every page of
 * the track (and, in large, on the projector). Changes are announced politely, once.
 */
export function PhaseBanner({ live }: { live: ClockedTrackState }) {
  const t = useMessages().workshop;
  const headingId = useId();
  const { state } = live;
  const now = useServerNow(live, state.timer.endsAt !== null);
  const remaining = remainingMs(state.timer, now);
  const announcement = useTrackAnnouncement(state, remaining);
  return (
    <section aria-labelledby={headingId} className={`phase-banner phase-${state.phase}`} data-phase={state.phase}>
      <h2 id={headingId}>{t.phaseHeading(t.phases[state.phase])}</h2>
      <p className="phase-meaning">{t.phaseMeaning[state.phase]}</p>
      <TrackTimer remainingMs={remaining} />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
