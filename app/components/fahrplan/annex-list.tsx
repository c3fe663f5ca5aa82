import { type AnnexFate, type AnnexItem, annexByTrack, annexSummary, fateText } from "../../../shared/fassung";
import { labelOf } from "../../../shared/i18n/de-fahrplan";
import type { Messages } from "../../../shared/i18n/messages-type";
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
                      <p className="annex-fate">
                        <FateLine fate={item.fate} t={t} />
                      </p>
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

/** The fate in words, with links: to the entry it went into, and to the contributions it went with. */
function FateLine({ fate, t }: { fate: AnnexFate; t: Messages["publication"]["annex"] }) {
  const refLink = (ref: string) => <a href={`#beitrag-${ref}`}>{ref}</a>;
  if (fate.kind === "adopted") {
    return (
      <>
        <a href={`#entry-${fate.entryId}`}>{t.adopted(fate.entryTitle)}</a>
        {fate.mergedWith.length > 0 && (
          <>
            {", "}
            {t.mergedWith("")}
            {fate.mergedWith.map((ref, index) => (
              <span key={ref}>
                {index > 0 && ", "}
                {refLink(ref)}
              </span>
            ))}
          </>
        )}
      </>
    );
  }
  if (fate.kind === "duplicate" && fate.of) {
    const [before, after] = t.duplicate("\u0000").split("\u0000");
    return (
      <>
        {before}
        {refLink(fate.of)}
        {after}
      </>
    );
  }
  return <>{fateText(fate, t)}</>;
}
