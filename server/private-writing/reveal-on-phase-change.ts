import type { Logger } from "../logger";
import type { TrackPhaseEvents } from "../track-phases/phase-events";
import type { PrivateWriting } from "./private-writing";

/**
 * Private writing belongs to the collect phase: when a track leaves it, private writing ends and every
 * draft is revealed, so that voting and curation see all contributions. The phase change is already
 * stored; a failed reveal is logged (the drafts stay, and a moderator can reveal again).
 */
export function revealWhenCollectEnds(phases: TrackPhaseEvents, privateWriting: PrivateWriting, logger: Logger): void {
  phases.on("phaseChanged", (change) => {
    if (change.from !== "collect" || change.to === "collect") return;
    privateWriting
      .revealAll(change.trackId, change.actor)
      .catch((error: unknown) =>
        logger.error({ err: error, trackId: change.trackId }, "reveal at phase change failed"),
      );
  });
}
