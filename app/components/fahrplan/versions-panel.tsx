import { Form, Link } from "react-router";
import { useMessages } from "../../i18n/messages";
import { COMPARE_PATH, publicPath } from "./paths";
import { SelectField } from "./select-field";

export interface VersionSummary {
  number: number;
  label: string;
  contentHash: string;
  /** Already formatted by the server, so that server and browser render the same text. */
  publishedAt: string;
}

interface VersionsPanelProps {
  eventId: string;
  eventSlug: string;
  /** Newest first. */
  versions: VersionSummary[];
}

/** The published versions with their public pages and checksums, and the form to compare two of them. */
export function VersionsPanel({ eventId, eventSlug, versions }: VersionsPanelProps) {
  const t = useMessages().fahrplan.versions;
  return (
    <section className="fahrplan-versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t.heading}</h2>
      {versions.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>
            <Link to={publicPath(eventSlug)}>{t.publicPage}</Link>
          </p>
          <ul className="version-list">
            {versions.map((version) => (
              <li key={version.number}>
                <Link to={publicPath(eventSlug, version.number)}>{t.show(version.label)}</Link>{" "}
                <span className="hint">{t.publishedAt(version.publishedAt)}</span>
                <br />
                <span className="hint">
                  {t.hash}: <code className="hash">{version.contentHash}</code>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {versions.length > 1 && <CompareForm eventId={eventId} versions={versions} />}
    </section>
  );
}

function CompareForm({ eventId, versions }: { eventId: string; versions: VersionSummary[] }) {
  const t = useMessages().fahrplan.versions;
  const options = Object.fromEntries(versions.map((version) => [String(version.number), version.label]));
  // By default the two newest versions, older first.
  const newest = versions[0]?.number ?? 1;
  const previous = versions[1]?.number ?? newest;
  return (
    <Form method="get" action={COMPARE_PATH} className="inline-form compare-form" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t.compareHeading}</h3>
      <input type="hidden" name="event" value={eventId} />
      <SelectField label={t.from} name="from" options={options} defaultValue={String(previous)} />
      <SelectField label={t.to} name="to" options={options} defaultValue={String(newest)} />
      <button type="submit">{t.compare}</button>
    </Form>
  );
}
