import { data, Link } from "react-router";
import { compareVersions, publishedVersion } from "../../server/fahrplan/versions";
import { moderatedEventOf } from "../auth/moderated-event.server";
import { ComparisonView } from "../components/fahrplan/comparison-view";
import { FahrplanErrorBoundary } from "../components/fahrplan/error-message";
import { editorPath } from "../components/fahrplan/paths";
import { compareQuerySchema } from "../forms/fahrplan-schemas";
import { messagesFor } from "../i18n/locale.server";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation-fahrplan-compare";
import "../fahrplan.css";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).fahrplan.compare.title} – Fahrplan` }];
}

/** Two published versions of the event's Fahrplan (`?from=&to=`, numbers) and what changed between them. */
export function loader({ context, request }: Route.LoaderArgs) {
  const { event } = moderatedEventOf(context, request);
  const t = messagesFor(request).fahrplan.compare;
  const params = new URL(request.url).searchParams;
  const query = compareQuerySchema.safeParse({ from: params.get("from") ?? "", to: params.get("to") ?? "" });
  if (!query.success) throw data({ message: t.invalid }, { status: 400 });
  const older = publishedVersion(context.db, event.id, query.data.from);
  const newer = publishedVersion(context.db, event.id, query.data.to);
  if (!older || !newer) throw data({ message: t.missing }, { status: 404 });
  return {
    event: { id: event.id, title: event.title },
    from: older.label,
    to: newer.label,
    comparison: compareVersions(older.snapshot, newer.snapshot),
  };
}

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
