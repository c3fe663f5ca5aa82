// What the loader of track-handout.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { findTrack } from "../../db/queries/tracks";
import { moderatesTrack } from "../../server/auth/principal";
import { handoutPages } from "../../server/qr/handout-pages";
import { handoutFileName, handoutResponse } from "../../server/qr/handout-response";
import { publicOrigin } from "../../server/qr/join-link";
import { refusal } from "../../server/qr/refusal";
import { requireAccount } from "../auth/guards.server";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/track-handout";

export async function loadTrackHandout({ context, params, request }: Route.LoaderArgs) {
  // The texts of refusals and of the QR image in the visitor\'s language; the handout PDF itself stays German.
  const t = messagesFor(request);
  const account = requireAccount(context, request);
  const track = findTrack(context.db, params.eventSlug, params.trackSlug);
  if (!track) return refusal(t.qr.notFound, 404);
  if (!moderatesTrack(account, track)) return refusal(t.errors.forbidden, 403);
  const pages = handoutPages(context.db, track.event, [track], publicOrigin(context.publicUrl, request));
  if (!pages) return refusal(t.qr.noCode, 404);
  return handoutResponse(track.title, pages, handoutFileName(track.slug));
}
