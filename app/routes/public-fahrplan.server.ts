// What the loader of public-fahrplan.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data } from "react-router";
import { findEventBySlug } from "../../db/queries/administration";
import { listVersions, publishedVersion } from "../../server/fahrplan/versions";
import { fassungQuerySchema } from "../forms/fahrplan-schemas";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/public-fahrplan";

export function loadPublicFahrplan({ context, params, request }: Route.LoaderArgs) {
  const messages = messagesFor(request);
  const t = messages.fahrplan.public;
  const event = findEventBySlug(context.db, params.eventSlug);
  if (!event) throw data({ message: t.noEvent }, { status: 404 });
  const wanted = fassungQuerySchema.safeParse(new URL(request.url).searchParams.get("fassung") ?? undefined);
  if (!wanted.success) throw data({ message: t.noSuchVersion }, { status: 404 });
  const version = publishedVersion(context.db, event.id, wanted.data);
  if (!version) throw data({ message: wanted.data === undefined ? t.noVersion : t.noSuchVersion }, { status: 404 });
  return {
    eventId: event.id,
    eventSlug: event.slug,
    number: version.number,
    label: version.label,
    contentHash: version.contentHash,
    publishedAt: messages.format.longDateTime(version.publishedAt),
    snapshot: version.snapshot,
    versions: listVersions(context.db, event.id).map(({ number, label }) => ({ number, label })),
  };
}
