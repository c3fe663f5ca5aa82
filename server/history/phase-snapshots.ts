import type { Logger } from "../logger";
import type { TrackPhaseEvents } from "../track-phases/phase-events";
import type { DocumentHistory } from "./document-history";

/**
 * Takes a history snapshot of a track's document at each phase change, named after the phase it moved to
 * (the page shows "Wechsel zu „Abstimmen“"). The phase change is already stored; a failed snapshot is
 * logged and never undoes it.
 */
export function snapshotAtPhaseChanges(phases: TrackPhaseEvents, history: DocumentHistory, logger: Logger): void {
  phases.on("phaseChanged", (change) => {
    history
      .takeSnapshot(change.trackId, { name: change.to, kind: "phase", actor: { key: change.actor, name: null } })
      .catch((error: unknown) => logger.error({ err: error, trackId: change.trackId }, "phase snapshot failed"));
  });
}
