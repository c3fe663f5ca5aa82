import type { RoadmapEntry } from "../../../db/schema";
import { deFahrplan, horizonLabel, labelOf, responsibleLabel } from "../../i18n/de-fahrplan";

const t = deFahrplan.conflict;
const entry = deFahrplan.entry;
const fields = deFahrplan.fields;

/**
 * Shown at an entry whose save was refused because someone else saved it meanwhile: what is saved now,
 * next to the form that still holds what this moderator typed, so that both can be compared and merged.
 */
export function ConflictNotice({ current }: { current: RoadmapEntry }) {
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>{t.message}</strong> {t.kept}
      </p>
      <p>{t.currentHeading}</p>
      <dl className="entry-facts">
        <dt>{entry.title}</dt>
        <dd>{current.title}</dd>
        <dt>{entry.problemStatement}</dt>
        <dd className="preserve-lines">{current.problemStatement || fields.notSet}</dd>
        <dt>{entry.steps}</dt>
        <dd>
          {current.steps.length === 0 ? (
            fields.notSet
          ) : (
            <ol>
              {current.steps.map((step, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps may repeat; their order identifies them
                <li key={index}>{step}</li>
              ))}
            </ol>
          )}
        </dd>
        <dt>{entry.responsibleParty}</dt>
        <dd>{responsibleLabel(current.responsibleParty, current.responsibleOther)}</dd>
        <dt>{entry.timeHorizon}</dt>
        <dd>{horizonLabel(current.timeHorizon, current.targetQuarter)}</dd>
        <dt>{entry.priority}</dt>
        <dd>{labelOf(fields.priorities, current.priority)}</dd>
        <dt>{entry.status}</dt>
        <dd>{labelOf(fields.statuses, current.status)}</dd>
      </dl>
      <p>{t.overwrite}</p>
    </div>
  );
}
