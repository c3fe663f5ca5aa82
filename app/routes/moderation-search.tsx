import { Form, Link } from "react-router";
import type { SearchHit } from "../../server/search/search";
import { FormField } from "../components/form-field";
import { type Messages, useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation-search";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).search.title} – Fahrplan` }];
}

/**
 * Searches the contributions of every event in which the account moderates something (the whole event or
 * some of its tracks: track moderators may read the event's other tracks too). Participants and observers
 * get 403, anonymous visitors the login page.
 */
export { loadModerationSearch as loader } from "./moderation-search.server";

export default function ModerationSearch({ loaderData }: Route.ComponentProps) {
  const { query, hasEvents, hits, more } = loaderData;
  const t = useMessages().search;
  return (
    <main id="inhalt" className="page">
      <p>
        <Link to="/moderation">{t.backToModeration}</Link>
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {!hasEvents && <p>{t.noEvents}</p>}
      <Form method="get" className="stacked-form">
        {/* Keyed by the query so that going back in history shows that page's query, not the last typed one. */}
        <FormField
          key={query}
          label={t.queryLabel}
          hint={t.queryHint}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={500}
        />
        <div>
          <button type="submit">{t.submit}</button>
        </div>
      </Form>
      {hits && <SearchResults hits={hits} more={more} />}
    </main>
  );
}

type ShownHit = SearchHit & { path: string | null };

function SearchResults({ hits, more }: { hits: ShownHit[]; more: boolean }) {
  const t = useMessages().search;
  return (
    <section aria-labelledby="suchergebnisse">
      <h2 id="suchergebnisse">{t.resultsHeading}</h2>
      <p role="status">{countMessage(t, hits.length, more)}</p>
      {hits.length > 0 && (
        <ol className="track-list">
          {hits.map((hit) => (
            <li key={`${hit.type}-${hit.id}`} className="track-card">
              <SearchResult hit={hit} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function countMessage(t: Messages["search"], count: number, more: boolean): string {
  if (count === 0) return t.noHits;
  return more ? t.moreHits(count) : t.hitCount(count);
}

/** Everything a participant wrote is rendered as text, never as markup; matching words in <mark>. */
function SearchResult({ hit }: { hit: ShownHit }) {
  const t = useMessages().search;
  const where = hit.type === "contribution" ? hit.trackTitle : hit.sectionTitle;
  return (
    <article>
      <p className="hint">
        {hit.type === "contribution" ? t.kind[hit.kind] : t.entry} ·{" "}
        {hit.path ? <Link to={hit.path}>{where}</Link> : where}
        {hit.level === 2 && ` · ${t.glossaryHit}`}
      </p>
      {hit.highlighted.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity of their own; the text is fixed
        <p key={index} className={hit.type === "entry" && index === 0 ? "search-entry-title" : undefined}>
          {paragraph.map((piece, at) =>
            // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of a fixed text, in order
            piece.marked ? <mark key={at}>{piece.text}</mark> : <span key={at}>{piece.text}</span>,
          )}
        </p>
      ))}
      {hit.type === "contribution" && (
        <p className="hint">{hit.authorName ? t.author(hit.authorName, hit.authorOrganisation) : t.unknownAuthor}</p>
      )}
    </article>
  );
}
