// What the loader of track-projector.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data } from "react-router";
import { maySeeJoinQr } from "../../server/auth/principal";
import { currentTrackJoinUrl } from "../../server/qr/handout-pages";
import { publicOrigin } from "../../server/qr/join-link";
import { readTrackState } from "../../server/track-phases/track-state";
import { requireTrackAccess } from "../auth/track-access.server";
import type { Route } from "./+types/track-projector";

export function loadTrackProjector({ context, params, request }: Route.LoaderArgs) {
  const { principal, track } = requireTrackAccess(context, request, params);
  const state = readTrackState(context.db, track.id);
  if (!state) throw data(null, { status: 404 });
  const joinUrl = maySeeJoinQr(principal, track)
    ? currentTrackJoinUrl(
        context.db,
        { eventId: track.eventId, eventSlug: track.event.slug, trackSlug: track.slug },
        publicOrigin(context.publicUrl, request),
      )
    : null;
  const trackUrl = `/events/${encodeURIComponent(track.event.slug)}/tracks/${encodeURIComponent(track.slug)}`;
  return { track, state, joinUrl, trackUrl, votesUrl: `${trackUrl}/votes` };
}
