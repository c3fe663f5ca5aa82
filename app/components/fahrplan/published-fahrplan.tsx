import type { ReactNode } from "react";
import type { RoadmapSnapshot } from "../../../server/fahrplan/versions";
import { chapterSections } from "../../../shared/fassung";
import { useMessages } from "../../i18n/messages";
import { AnnexList } from "./annex-list";
import { PublicEntry } from "./public-entry";

interface PublishedFahrplanProps {
  snapshot: RoadmapSnapshot;
  /** Under the title: "Fassung 1.0, veröffentlicht am …", or the preview's notice. */
  versionLine: ReactNode;
  /** The SHA-256 of a published Fassung; none in a preview (it is computed when publishing). */
  contentHash?: string;
}

/**
 * A Fassung as the public sees it: title, event, version, the moderator's note, the chapters with their
 * entries, the sections without entries listed once (or left out), and the annex. The preview before
 * publishing renders the very same component, so that what is checked is what becomes public.
 */
export function PublishedFahrplan({ snapshot, versionLine, contentHash }: PublishedFahrplanProps) {
  const messages = useMessages();
  const t = messages.fahrplan.public;
  const { publication } = snapshot;
  const { chapters, listedEmpty } = chapterSections(snapshot.sections, publication?.emptySections);
  return (
    <>
      <header className="public-header">
        <h1>{snapshot.title}</h1>
        <p className="event-meta">
          {t.eventLine(snapshot.event.title, messages.format.date(snapshot.event.startsOn), snapshot.event.venue)}
        </p>
        {publication?.title && <p className="fassung-title">{publication.title}</p>}
        <p>
          <strong>{versionLine}</strong>
        </p>
        {publication?.note && (
          <p className="fassung-note preserve-lines">{messages.publication.note(publication.note)}</p>
        )}
        {contentHash && (
          <p className="hint">
            {t.hash} <code className="hash">{contentHash}</code>
          </p>
        )}
      </header>
      {chapters.map((section, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections of a frozen version have no ids
        <section key={index} className="public-section" aria-labelledby={`public-section-${index}`}>
          <h2 id={`public-section-${index}`}>{section.title}</h2>
          <ol className="public-entries">
            {section.entries.map((entry) => (
              <li key={entry.id}>
                <PublicEntry entry={entry} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {listedEmpty.length > 0 && (
        <p className="hint">{messages.publication.emptySections.listed(listedEmpty.join(", "))}</p>
      )}
      <AnnexList annex={snapshot.annex} />
    </>
  );
}
