// What the loader of event-handout.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { moderatesEvent } from "../../server/auth/principal";
import { findEventWithTracks, handoutPages } from "../../server/qr/handout-pages";
import { handoutFileName, handoutResponse } from "../../server/qr/handout-response";
import { publicOrigin } from "../../server/qr/join-link";
import { refusal } from "../../server/qr/refusal";
import { requireAccount } from "../auth/guards.server";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/event-handout";

export async function loadEventHandout({ context, params, request }: Route.LoaderArgs) {
  // The texts of refusals and of the QR image in the visitor\'s language; the handout PDF itself stays German.
  const t = messagesFor(request);
  const account = requireAccount(context, request);
  const found = findEventWithTracks(context.db, params.eventSlug);
  if (!found) return refusal(t.qr.eventNotFound, 404);
  if (!moderatesEvent(account, found.event.id)) return refusal(t.errors.forbidden, 403);
  const pages = handoutPages(context.db, found.event, found.tracks, publicOrigin(context.publicUrl, request));
  if (!pages) return refusal(t.qr.noCode, 404);
  return handoutResponse(found.event.title, pages, handoutFileName(found.event.slug));
}
