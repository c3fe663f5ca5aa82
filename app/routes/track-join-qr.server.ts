// What the loader of track-join-qr.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { findTrack } from "../../db/queries/tracks";
import { maySeeJoinQr } from "../../server/auth/principal";
import { currentTrackJoinUrl } from "../../server/qr/handout-pages";
import { publicOrigin } from "../../server/qr/join-link";
import { joinQrSvg } from "../../server/qr/join-qr";
import { refusal } from "../../server/qr/refusal";
import { requirePrincipal } from "../auth/guards.server";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/track-join-qr";

export function loadTrackJoinQr({ context, params, request }: Route.LoaderArgs) {
  // The texts of refusals and of the QR image in the visitor\'s language; the handout PDF itself stays German.
  const t = messagesFor(request);
  const principal = requirePrincipal(context, request);
  const track = findTrack(context.db, params.eventSlug, params.trackSlug);
  if (!track) return refusal(t.qr.notFound, 404);
  if (!maySeeJoinQr(principal, track)) return refusal(t.errors.forbidden, 403);
  const origin = publicOrigin(context.publicUrl, request);
  const joinUrl = currentTrackJoinUrl(
    context.db,
    { eventId: track.eventId, eventSlug: track.event.slug, trackSlug: track.slug },
    origin,
  );
  if (!joinUrl) return refusal(t.qr.noCode, 404);
  return new Response(joinQrSvg(joinUrl, t.qr.imageAlt(track.title)), {
    // Cache-Control: no-store comes with every answer (server/http/security-headers.ts).
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
}
