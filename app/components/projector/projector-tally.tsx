import { useEffect, useId } from "react";
import { useFetcher } from "react-router";
import type { TrackPhase } from "../../../shared/track-phase";
import { useMessages } from "../../i18n/messages";
import type { clientLoader as votesLoader } from "../../routes/track-votes";

/** How often the tally is fetched again while it is on the wall. */
const REFRESH_INTERVAL_MS = 5_000;

/**
 * The vote tally on the projector, most votes first. It appears only when the moderators reveal the counts
 * (the votes route leaves them out before: early counts would steer the later votes). Fetched on opening,
 * every few seconds, and at once when the phase changes.
 */
export function ProjectorTally({ votesUrl, phase }: { votesUrl: string; phase: TrackPhase }) {
  const t = useMessages().workshop.projector;
  const headingId = useId();
  const fetcher = useFetcher<typeof votesLoader>();
  const { load } = fetcher;
  useEffect(() => {
    const timer = window.setInterval(() => void load(votesUrl), REFRESH_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [load, votesUrl]);
  // A new phase (voting closed, say) often comes with revealed counts: fetch at once, not at the next tick.
  useEffect(() => {
    if (phase) void load(votesUrl);
  }, [load, votesUrl, phase]);

  const voting = fetcher.data && !("unreachable" in fetcher.data) ? fetcher.data : null;
  const counts = voting?.counts ?? null;
  const ranked =
    voting && counts ? [...voting.contributions].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0)) : [];
  return (
    <section aria-labelledby={headingId} className="projector-tally">
      <h2 id={headingId}>{t.tallyHeading}</h2>
      {counts === null ? (
        <p className="hint">{t.tallyHidden}</p>
      ) : ranked.length === 0 ? (
        <p>{t.noContributions}</p>
      ) : (
        <ol className="projector-tally-list">
          {ranked.map((item) => (
            <li key={item.id}>
              <span className="projector-tally-text">{item.text}</span>
              <span className="projector-tally-count">{t.votes(counts[item.id] ?? 0)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
