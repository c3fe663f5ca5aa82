import { useEffect, useRef } from "react";
import { useRevalidator } from "react-router";
import type { TrackPhase, TrackState } from "../../../shared/track-phase";
import { useMessages } from "../../i18n/messages";
import { PhaseBanner } from "./phase-banner";
import { useLiveTrackState } from "./use-live-track-state";
import { WorkshopControls } from "./workshop-controls";

interface TrackPhasePanelProps {
  documentName: string;
  /** The state when the page was rendered; live states replace it. */
  initial: TrackState;
  /** Where the moderators' controls post; null for everyone who does not moderate the track. */
  stateUrl: string | null;
  /** The projector view, for moderators and observers; null for participants. */
  projectorUrl: string | null;
}

/**
 * The workshop's phase and timer on the track page, live, with the moderators' controls. After a phase
 * change the page's data is loaded afresh: whether this person may write may have changed (the server has
 * already closed their socket, and the editor reconnects with the new rights), and so has the voting.
 */
export function TrackPhasePanel({ documentName, initial, stateUrl, projectorUrl }: TrackPhasePanelProps) {
  const t = useMessages().workshop.controls;
  const live = useLiveTrackState(documentName, initial);
  useRevalidateOnPhaseChange(live.state.phase);
  return (
    <>
      <PhaseBanner live={live} />
      {stateUrl && <WorkshopControls stateUrl={stateUrl} state={live.state} />}
      {projectorUrl && (
        <p className="projector-link">
          <a href={projectorUrl}>{t.projectorLink}</a> <span className="hint">{t.projectorHint}</span>
        </p>
      )}
    </>
  );
}

function useRevalidateOnPhaseChange(phase: TrackPhase): void {
  const { revalidate } = useRevalidator();
  const shown = useRef(phase);
  useEffect(() => {
    if (phase === shown.current) return;
    shown.current = phase;
    void revalidate();
  }, [phase, revalidate]);
}
