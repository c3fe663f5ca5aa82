import { Link } from "react-router";
import { useMessages } from "../../i18n/messages";
import { publicPath } from "./paths";

interface PublicVersionListProps {
  eventSlug: string;
  /** Newest first. */
  versions: { number: number; label: string }[];
  shown: number;
}

/** Links to every published version; the one shown is marked as the current page. */
export function PublicVersionList({ eventSlug, versions, shown }: PublicVersionListProps) {
  const t = useMessages().fahrplan.public;
  const latest = versions[0]?.number;
  return (
    <nav className="public-versions" aria-labelledby="public-versions-heading">
      <h2 id="public-versions-heading">{t.olderVersions}</h2>
      <ul>
        {versions.map((version) => (
          <li key={version.number}>
            <Link
              to={publicPath(eventSlug, version.number === latest ? undefined : version.number)}
              aria-current={version.number === shown ? "page" : undefined}
            >
              {version.label}
            </Link>
            {version.number === latest && ` ${t.latest}`}
          </li>
        ))}
      </ul>
    </nav>
  );
}
