import { Form } from "react-router";
import type { EntrySourceView } from "../../../server/fahrplan/roadmap";
import { excerptOf } from "../../../shared/excerpt";
import { useMessages } from "../../i18n/messages";

interface SourcesListProps {
  entryId: string;
  sources: EntrySourceView[];
  action: string;
}

/**
 * The contributions an entry was made from, with their text when adopted. A source whose contribution
 * changed (or was deleted) since is marked in words, with the current text to look at. Sources can be put
 * back, or some of them split off into a new entry (their checkboxes belong to the split form below the
 * list, through the `form` attribute, since forms cannot be nested).
 */
export function SourcesList({ entryId, sources, action }: SourcesListProps) {
  const fahrplan = useMessages().fahrplan;
  const t = fahrplan.sources;
  const splitFormId = `split-${entryId}`;
  // A split needs some, but not all, sources: with one source there is nothing to split.
  const canSplit = sources.length > 1;
  if (sources.length === 0) return <p className="hint">{t.none}</p>;
  return (
    <>
      <ul className="source-list">
        {sources.map((source) => (
          <li key={source.contributionId} className="source">
            <p className="source-meta">
              <span>{source.trackTitle}</span>
              <span>{fahrplan.fields.kinds[source.kind]}</span>
              {source.authorOrganisation && <span>{t.organisation(source.authorOrganisation)}</span>}
              <span>{t.votes(source.votes)}</span>
              {source.changedSinceAdoption && <strong className="source-mark source-changed">{t.changed}</strong>}
              {source.deleted && <strong className="source-mark source-deleted">{t.deleted}</strong>}
            </p>
            <blockquote className="source-text preserve-lines">{source.textAtAdoption}</blockquote>
            {source.changedSinceAdoption && (
              <details className="source-current">
                <summary>{t.currentText}</summary>
                <p className="preserve-lines">{source.currentText}</p>
              </details>
            )}
            <div className="source-actions">
              {canSplit && (
                <label className="checkbox">
                  <input type="checkbox" name="contributionIds" value={source.contributionId} form={splitFormId} />{" "}
                  {t.select}
                  <span className="visually-hidden">: {excerptOf(source.textAtAdoption, 60)}</span>
                </label>
              )}
              <Form method="post" action={action} preventScrollReset className="inline-form">
                <input type="hidden" name="intent" value="put-back" />
                <input type="hidden" name="entryId" value={entryId} />
                <input type="hidden" name="contributionId" value={source.contributionId} />
                <button type="submit" className="secondary-button">
                  {t.putBack}
                  <span className="visually-hidden">: {excerptOf(source.textAtAdoption, 60)}</span>
                </button>
              </Form>
            </div>
          </li>
        ))}
      </ul>
      {canSplit && (
        <Form method="post" action={action} preventScrollReset id={splitFormId} className="inline-form">
          <input type="hidden" name="intent" value="split" />
          <input type="hidden" name="entryId" value={entryId} />
          <button type="submit" className="secondary-button">
            {t.split}
          </button>
          <span className="hint">{t.splitHint}</span>
        </Form>
      )}
    </>
  );
}
