import { Link } from "react-router";
import { ComparisonView } from "../components/fahrplan/comparison-view";
import { FahrplanErrorBoundary } from "../components/fahrplan/error-message";
import { editorPath } from "../components/fahrplan/paths";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation-fahrplan-compare";
import "../fahrplan.css";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).fahrplan.compare.title} – Fahrplan` }];
}

/** Two published versions of the event's Fahrplan (`?from=&to=`, numbers) and what changed between them. */
export { loadModerationFahrplanCompare as loader } from "./moderation-fahrplan-compare.server";

export default function CompareVersions({ loaderData }: Route.ComponentProps) {
  const { event, from, to, comparison } = loaderData;
  const fahrplan = useMessages().fahrplan;
  const t = fahrplan.compare;
  return (
    <main id="inhalt" className="page fahrplan-compare">
      <h1>{t.title}</h1>
      <p className="event-meta">{fahrplan.editor.eventLine(event.title)}</p>
      <p>{t.intro(from, to)}</p>
      <p>
        <Link to={editorPath(event.id)}>{t.back}</Link>
      </p>
      <ComparisonView comparison={comparison} />
    </main>
  );
}

export function ErrorBoundary() {
  return <FahrplanErrorBoundary />;
}
