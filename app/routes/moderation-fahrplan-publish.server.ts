// What the loader and action of moderation-fahrplan-publish.tsx do, in a .server module so that none of
// the server's values reach the browser bundle (decision 016).
import { data, redirect } from "react-router";
import {
  draftSnapshot,
  hashOf,
  nextVersionLabel,
  publishedVersion,
  publishVersion,
} from "../../server/fahrplan/versions";
import { openPlenaryOf } from "../../server/plenary/plenary";
import { publicOrigin } from "../../server/qr/join-link";
import { moderatedEventOf } from "../auth/moderated-event.server";
import { publicPath, publishPath } from "../components/fahrplan/paths";
import { parseForm } from "../forms/parse-form.server";
import { publishSchema } from "../forms/publication-schemas";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/moderation-fahrplan-publish";

/**
 * The preview of the next Fassung, exactly as the public page will show it, with its fingerprint; and,
 * after publishing (`?published=<n>`), the Fassung that was published, for the success message.
 */
export function loadFahrplanPublishing({ context, request }: Route.LoaderArgs) {
  const { event } = moderatedEventOf(context, request);
  const snapshot = draftSnapshot(context.db, event.id);
  const published = Number(new URL(request.url).searchParams.get("published"));
  const justPublished =
    Number.isInteger(published) && published > 0 ? publishedVersion(context.db, event.id, published) : null;
  return {
    event: { id: event.id, slug: event.slug, title: event.title },
    nextLabel: nextVersionLabel(context.db, event.id),
    snapshot,
    draftHash: hashOf(snapshot),
    publicUrl: `${publicOrigin(context.publicUrl, request)}${publicPath(event.slug)}`,
    plenaryOpen: openPlenaryOf(context.db, event.id) !== null,
    justPublished: justPublished && {
      label: justPublished.label,
      path: publicPath(event.slug, justPublished.number),
    },
  };
}

/**
 * Publishes the draft as the next Fassung with the moderator's title, note and choice about empty
 * sections — only when they confirmed, and only when the draft is still the one they previewed.
 */
export async function publishFahrplan({ context, request }: Route.ActionArgs) {
  const { event, ctx } = moderatedEventOf(context, request);
  const t = messagesFor(request).publication.publish;
  const form = await parseForm(request, publishSchema);
  if (!form.ok) return data({ error: form.formError ?? null, fieldErrors: form.fieldErrors }, { status: 400 });
  // The plenary's result goes into the Fassung once it is frozen: not while voices can still change.
  if (openPlenaryOf(context.db, event.id)) {
    return data(
      { error: messagesFor(request).plenary.publishWhileOpen, fieldErrors: {} as Record<string, string> },
      { status: 409 },
    );
  }
  if (hashOf(draftSnapshot(context.db, event.id)) !== form.data.draftHash) {
    return data({ error: t.stale, fieldErrors: {} as Record<string, string> }, { status: 409 });
  }
  const { title, note, emptySections } = form.data;
  const version = publishVersion(ctx, { title, note, emptySections });
  return redirect(`${publishPath(event.id)}&published=${version.number}`);
}
