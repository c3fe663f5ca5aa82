import type { RoadmapSnapshot } from "../../../server/fahrplan/versions";
import { deFahrplan, horizonLabel, labelOf, responsibleLabel } from "../../i18n/de-fahrplan";
import { PublicSources } from "./public-sources";

const t = deFahrplan.public;
const fields = deFahrplan.fields;

type SnapshotEntry = RoadmapSnapshot["sections"][number]["entries"][number];

/** An entry of a published version, every field in German words. */
export function PublicEntry({ entry }: { entry: SnapshotEntry }) {
  const headingId = `entry-${entry.id}`;
  return (
    <article className="public-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.title}</h3>
      <ul className="entry-facts-inline">
        <li>{t.responsible(responsibleLabel(entry.responsibleParty, entry.responsibleOther))}</li>
        <li>{t.horizon(horizonLabel(entry.timeHorizon, entry.targetQuarter))}</li>
        <li>{t.priority(labelOf(fields.priorities, entry.priority))}</li>
        <li>{t.status(labelOf(fields.statuses, entry.status))}</li>
        <li>{t.votes(entry.votes)}</li>
      </ul>
      {entry.problemStatement && (
        <>
          <h4>{t.problem}</h4>
          <p className="preserve-lines">{entry.problemStatement}</p>
        </>
      )}
      {entry.steps.length > 0 && (
        <>
          <h4>{t.steps}</h4>
          <ol>
            {entry.steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps may repeat; their order identifies them
              <li key={index}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {entry.sources.length > 0 && (
        <>
          <h4>{t.sources}</h4>
          <PublicSources sources={entry.sources} />
        </>
      )}
    </article>
  );
}
