import type { VersionComparison } from "../../../server/fahrplan/versions";
import { useMessages } from "../../i18n/messages";
import { DiffText } from "./diff-text";

/** What changed between two versions: entries added and removed, and the changed ones with their differences. */
export function ComparisonView({ comparison }: { comparison: VersionComparison }) {
  const fahrplan = useMessages().fahrplan;
  const t = fahrplan.compare;
  return (
    <>
      <EntryTitles headingId="compare-added" heading={t.added} entries={comparison.added} />
      <EntryTitles headingId="compare-removed" heading={t.removed} entries={comparison.removed} />
      <section aria-labelledby="compare-changed">
        <h2 id="compare-changed">{t.changed}</h2>
        {comparison.changed.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul className="comparison-list">
            {comparison.changed.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: titles may repeat; the list is read-only and fixed
              <li key={index}>
                <h3>{entry.title}</h3>
                <p className="hint">{t.inSection(entry.section)}</p>
                <dl className="entry-facts">
                  {Object.entries(entry.fields).map(([field, parts]) => (
                    <div key={field}>
                      <dt>{t.fields[field] ?? field}</dt>
                      <dd className="preserve-lines">
                        <DiffText parts={parts} />
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function EntryTitles({
  headingId,
  heading,
  entries,
}: {
  headingId: string;
  heading: string;
  entries: { title: string; section: string }[];
}) {
  const t = useMessages().fahrplan.compare;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {entries.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {entries.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: titles may repeat; the list is read-only and fixed
            <li key={index}>
              {entry.title} <span className="hint">({t.inSection(entry.section)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
