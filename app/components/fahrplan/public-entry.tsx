import type { RoadmapSnapshot } from "../../../server/fahrplan/versions";
import { horizonLabel, labelOf, responsibleLabel } from "../../../shared/i18n/de-fahrplan";
import { useMessages } from "../../i18n/messages";
import { PublicSources } from "./public-sources";

type SnapshotEntry = RoadmapSnapshot["sections"][number]["entries"][number];

/** An entry of a published version, every field in German words. */
export function PublicEntry({ entry }: { entry: SnapshotEntry }) {
  const messages = useMessages();
  const fahrplan = messages.fahrplan;
  const t = fahrplan.public;
  const fields = fahrplan.fields;
  const headingId = `entry-${entry.id}`;
  return (
    <article className="public-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.title}</h3>
      <ul className="entry-facts-inline">
        <li>{t.responsible(responsibleLabel(entry.responsibleParty, entry.responsibleOther, fields))}</li>
        <li>{t.horizon(horizonLabel(entry.timeHorizon, entry.targetQuarter, fields))}</li>
        <li>{t.priority(labelOf(fields.priorities, entry.priority, fields.notSet))}</li>
        {/* In a Fassung an entry is adopted: its status says how far it is implemented ("geplant", not "Entwurf"). */}
        <li>{t.status(labelOf(messages.publication.publishedStatuses, entry.status, fields.notSet))}</li>
        <li>{t.votes(entry.votes)}</li>
        {entry.plenary && <li>{messages.plenary.result(entry.plenary.consent, entry.plenary.concern)}</li>}
      </ul>
      <EntryText entry={entry} />
      {entry.sources.length > 0 && (
        <>
          <h4>{t.sources}</h4>
          <PublicSources sources={entry.sources} />
        </>
      )}
    </article>
  );
}

/**
 * An entry's problem statement and steps, each under its heading when there is something to show; the
 * headings one level below the entry's title (h4 under the page's h3, h3 on the projector).
 */
export function EntryText({
  entry,
  headingLevel = 4,
}: {
  entry: Pick<SnapshotEntry, "problemStatement" | "steps">;
  headingLevel?: 3 | 4;
}) {
  const t = useMessages().fahrplan.public;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      {entry.problemStatement && (
        <>
          <Heading>{t.problem}</Heading>
          <p className="preserve-lines">{entry.problemStatement}</p>
        </>
      )}
      {entry.steps.length > 0 && (
        <>
          <Heading>{t.steps}</Heading>
          <ol>
            {entry.steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps may repeat; their order identifies them
              <li key={index}>{step}</li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
