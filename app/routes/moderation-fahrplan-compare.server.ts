// What the loader of moderation-fahrplan-compare.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data } from "react-router";
import { compareVersions, publishedVersion } from "../../server/fahrplan/versions";
import { moderatedEventOf } from "../auth/moderated-event.server";
import { compareQuerySchema } from "../forms/fahrplan-schemas";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/moderation-fahrplan-compare";

export function loadModerationFahrplanCompare({ context, request }: Route.LoaderArgs) {
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
