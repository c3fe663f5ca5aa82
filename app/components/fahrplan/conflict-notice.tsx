import type { RoadmapEntry } from "../../../db/schema";
import { horizonLabel, labelOf, responsibleLabel } from "../../../shared/i18n/de-fahrplan";
import { useMessages } from "../../i18n/messages";

/**
 * Shown at an entry whose save was refused because someone else saved it meanwhile: what is saved now,
 * next to the form that still holds what this moderator typed, so that both can be compared and merged.
 */
export function ConflictNotice({ current }: { current: RoadmapEntry }) {
  const fahrplan = useMessages().fahrplan;
  const t = fahrplan.conflict;
  const entry = fahrplan.entry;
  const fields = fahrplan.fields;
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
        <dd>{responsibleLabel(current.responsibleParty, current.responsibleOther, fields)}</dd>
        <dt>{entry.timeHorizon}</dt>
        <dd>{horizonLabel(current.timeHorizon, current.targetQuarter, fields)}</dd>
        <dt>{entry.priority}</dt>
        <dd>{labelOf(fields.priorities, current.priority, fields.notSet)}</dd>
        <dt>{entry.status}</dt>
        <dd>{labelOf(fields.statuses, current.status, fields.notSet)}</dd>
      </dl>
      <p>{t.overwrite}</p>
    </div>
  );
}
