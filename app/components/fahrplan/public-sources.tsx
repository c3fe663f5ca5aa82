import type { RoadmapSnapshot } from "../../../server/fahrplan/versions";
import { labelOf } from "../../../shared/i18n/de-fahrplan";
import { useMessages } from "../../i18n/messages";

type Source = RoadmapSnapshot["sections"][number]["entries"][number]["sources"][number];

/** The contributions an entry was made from, as frozen in the version: track, kind, text, organisation. */
export function PublicSources({ sources }: { sources: Source[] }) {
  const fahrplan = useMessages().fahrplan;
  return (
    <ul className="source-list">
      {sources.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a frozen, read-only list; the snapshot has no source ids
        <li key={index} className="source">
          <p className="source-meta">
            <span>{source.track}</span>
            <span>{labelOf(fahrplan.fields.kinds, source.kind, fahrplan.fields.notSet)}</span>
            {source.authorOrganisation && <span>{fahrplan.sources.organisation(source.authorOrganisation)}</span>}
          </p>
          <blockquote className="source-text preserve-lines">{source.text}</blockquote>
        </li>
      ))}
    </ul>
  );
}
