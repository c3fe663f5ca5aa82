import { ExportPanel } from "../components/export-panel";
import { FahrplanErrorBoundary } from "../components/fahrplan/error-message";
import { PublicEntry } from "../components/fahrplan/public-entry";
import { PublicVersionList } from "../components/fahrplan/public-version-list";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/public-fahrplan";
import "../fahrplan.css";

export function meta({ loaderData, matches }: Route.MetaArgs) {
  const t = metaMessages(matches).fahrplan.public;
  return [{ title: loaderData ? `${t.title(loaderData.snapshot.event.title)} – Fahrplan` : "Fahrplan" }];
}

/**
 * The published Fahrplan of an event, for everyone, without login: the latest version, or an older one
 * with `?fassung=<n>`. Only frozen versions are shown here, never the draft the moderators are editing.
 */
export { loadPublicFahrplan as loader } from "./public-fahrplan.server";

export default function PublicFahrplan({ loaderData }: Route.ComponentProps) {
  const { snapshot } = loaderData;
  const messages = useMessages();
  const t = messages.fahrplan.public;
  return (
    <main id="inhalt" className="page public-fahrplan">
      <header className="public-header">
        <h1>{snapshot.title}</h1>
        <p className="event-meta">
          {t.eventLine(snapshot.event.title, messages.format.date(snapshot.event.startsOn), snapshot.event.venue)}
        </p>
        <p>
          <strong>{t.versionLine(loaderData.label, loaderData.publishedAt)}</strong>
        </p>
        <p className="hint">
          {t.hash} <code className="hash">{loaderData.contentHash}</code>
        </p>
      </header>
      {snapshot.sections.map((section, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections of a frozen version have no ids
        <section key={index} className="public-section" aria-labelledby={`public-section-${index}`}>
          <h2 id={`public-section-${index}`}>{section.title}</h2>
          {section.entries.length === 0 ? (
            <p className="hint">{t.noEntries}</p>
          ) : (
            <ol className="public-entries">
              {section.entries.map((entry) => (
                <li key={entry.id}>
                  <PublicEntry entry={entry} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      <ExportPanel eventId={loaderData.eventId} version={loaderData.number} />
      <PublicVersionList eventSlug={loaderData.eventSlug} versions={loaderData.versions} shown={loaderData.number} />
    </main>
  );
}

export function ErrorBoundary() {
  return <FahrplanErrorBoundary />;
}
