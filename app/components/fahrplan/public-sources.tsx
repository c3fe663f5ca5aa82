import type { RoadmapSnapshot } from "../../../server/fahrplan/versions";
import { deFahrplan, labelOf } from "../../i18n/de-fahrplan";

type Source = RoadmapSnapshot["sections"][number]["entries"][number]["sources"][number];

/** The contributions an entry was made from, as frozen in the version: track, kind, text, organisation. */
export function PublicSources({ sources }: { sources: Source[] }) {
  return (
    <ul className="source-list">
      {sources.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a frozen, read-only list; the snapshot has no source ids
        <li key={index} className="source">
          <p className="source-meta">
            <span>{source.track}</span>
            <span>{labelOf(deFahrplan.fields.kinds, source.kind)}</span>
            {source.authorOrganisation && <span>{deFahrplan.sources.organisation(source.authorOrganisation)}</span>}
          </p>
          <blockquote className="source-text preserve-lines">{source.text}</blockquote>
        </li>
      ))}
    </ul>
  );
}
