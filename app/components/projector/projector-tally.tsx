import { useId } from "react";
import type { TrackVotingSignal } from "../../../shared/track-phase";
import { useMessages } from "../../i18n/messages";
import { useLiveVoting } from "../voting/use-live-voting";

/** The most voted contributions the wall has room for beside the document; the others are counted. */
const TALLY_ROWS = 8;

/**
 * The vote tally on the projector, most votes first. It appears only when the moderators reveal the counts
 * (the votes route leaves them out before: early counts would steer the later votes). Fetched on opening
 * and again whenever the pushed track state says that votes, contributions or settings changed.
 */
export function ProjectorTally({ votesUrl, signal }: { votesUrl: string; signal: TrackVotingSignal }) {
  const t = useMessages().workshop.projector;
  const headingId = useId();
  const { voting } = useLiveVoting(votesUrl, null, signal);
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
        <>
          <ol className="projector-tally-list">
            {ranked.slice(0, TALLY_ROWS).map((item) => (
              <li key={item.id}>
                <span className="projector-tally-text">{item.text}</span>
                <span className="projector-tally-count">{t.votes(counts[item.id] ?? 0)}</span>
              </li>
            ))}
          </ol>
          {ranked.length > TALLY_ROWS && <p className="hint">{t.tallyMore(ranked.length - TALLY_ROWS)}</p>}
        </>
      )}
    </section>
  );
}
