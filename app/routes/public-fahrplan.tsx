import { ExportPanel } from "../components/export-panel";
import { FahrplanErrorBoundary } from "../components/fahrplan/error-message";
import { PublicVersionList } from "../components/fahrplan/public-version-list";
import { PublishedFahrplan } from "../components/fahrplan/published-fahrplan";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/public-fahrplan";
import "../fahrplan.css";
import "../publication.css";

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
      <PublishedFahrplan
        snapshot={snapshot}
        versionLine={t.versionLine(loaderData.label, loaderData.publishedAt)}
        contentHash={loaderData.contentHash}
      />
      <ExportPanel eventId={loaderData.eventId} version={loaderData.number} />
      <PublicVersionList eventSlug={loaderData.eventSlug} versions={loaderData.versions} shown={loaderData.number} />
    </main>
  );
}

export function ErrorBoundary() {
  return <FahrplanErrorBoundary />;
}
