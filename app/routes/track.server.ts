import { moderatesTrack, trackAccess } from "../../server/auth/principal";
import { authorOf } from "../../server/contributions/authors";
import { trackVoting } from "../../server/contributions/voting";
import { readTrackState } from "../../server/track-phases/track-state";
import { presenceColorFor } from "../../shared/presence-colors";
import { notFound } from "../auth/guards.server";
import { requireTrackAccess } from "../auth/track-access.server";
import type { Route } from "./+types/track";

export function loadTrack({ context, params, request }: Route.LoaderArgs) {
  const { principal, track } = requireTrackAccess(context, request, params);
  const access = trackAccess(principal, track);
  const identity =
    principal.kind === "participant"
      ? { name: principal.displayName, color: principal.color }
      : principal.kind === "account"
        ? { name: principal.displayName, color: presenceColorFor(principal.userId) }
        : null;
  // The voting panel's first state comes with the page; the panel keeps it current from the votes route.
  const trackUrl = `/events/${encodeURIComponent(track.event.slug)}/tracks/${encodeURIComponent(track.slug)}`;
  const voting = {
    votesUrl: `${trackUrl}/votes`,
    canModerate: moderatesTrack(principal, track),
    isParticipant: principal.kind === "participant",
    initial: trackVoting(context.db, track.id, principal),
  };
  // New blocks carry this author from the start, so the server's attribution has nothing to correct (a
  // correction arriving while someone types into the new block would re-render it under their cursor).
  const author = authorOf(principal);
  const initialState = readTrackState(context.db, track.id);
  if (!initialState) throw notFound();
  const workshop = {
    initial: initialState,
    // The controls are for the track's moderators (the server checks again); the projector link for them
    // and for observers, whose link is what a projector opens.
    stateUrl: voting.canModerate ? `${trackUrl}/state` : null,
    projectorUrl: voting.canModerate || principal.kind === "observer" ? `${trackUrl}/projector` : null,
  };
  return { track, access, identity, author, voting, workshop };
}
