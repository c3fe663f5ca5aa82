import { type AnnexItem, annexByTrack, annexSummary, fateText } from "../../../shared/fassung";
import { labelOf } from "../../../shared/i18n/de-fahrplan";
import { useMessages } from "../../i18n/messages";

/**
 * The traceability annex of a Fassung: every contribution with what became of it, by workshop. Collapsed
 * by default; the browser's find-in-page still finds text inside and opens it. `annex` is undefined for
 * Fassungen published before the annex existed: then the page says so instead of claiming there is none.
 */
export function AnnexList({ annex }: { annex: AnnexItem[] | undefined }) {
  const messages = useMessages();
  const t = messages.publication.annex;
  const fields = messages.fahrplan.fields;
  return (
    <section className="annex" aria-labelledby="annex-heading">
      <h2 id="annex-heading">{t.heading}</h2>
      {annex === undefined ? (
        <p className="hint">{t.notRecorded}</p>
      ) : annex.length === 0 ? (
        <p className="hint">{t.none}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <p className="hint">{annexSummary(annex, t)}</p>
          <details className="annex-details">
            <summary>{t.show(annex.length)}</summary>
            {annexByTrack(annex).map((group) => (
              <section key={group.track} className="annex-track" aria-label={group.track}>
                <h3>{group.track}</h3>
                <ol className="annex-items">
                  {group.items.map((item) => (
                    <li key={item.ref} id={`beitrag-${item.ref}`} className={`annex-item fate-${item.fate.kind}`}>
                      <p className="source-meta">
                        <span className="annex-ref">{item.ref}</span>
                        <span>{labelOf(fields.kinds, item.kind, fields.notSet)}</span>
                        {item.authorOrganisation && (
                          <span>{messages.fahrplan.sources.organisation(item.authorOrganisation)}</span>
                        )}
                      </p>
                      <blockquote className="source-text preserve-lines">{item.text}</blockquote>
                      <p className="annex-fate">{fateText(item.fate, t)}</p>
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </details>
        </>
      )}
    </section>
  );
}
