import { data } from "react-router";
import { findTrack } from "../../db/queries/tracks";
import { type AccountPrincipal, moderatesTrack, type Principal, trackAccess } from "../../server/auth/principal";
import type { FahrplanLoadContext } from "../../server/load-context";
import { forbidden, requirePrincipal } from "./guards.server";

type Track = NonNullable<ReturnType<typeof findTrack>>;

/** Who may open a track's page or panel: anyone with read or write access (server/auth/principal.ts). */
const seesTrack = (principal: Principal, track: Track) => trackAccess(principal, track) !== "none";

/**
 * The track of the URL (`:eventSlug/tracks/:trackSlug`) and who asks, when `may` lets them: 401 without a
 * session, 404 for an unknown track, 403 when `may` says no. Every track route starts here.
 */
export function requireTrackAccess(
  context: FahrplanLoadContext,
  request: Request,
  params: { eventSlug: string; trackSlug: string },
  may: (principal: Principal, track: Track) => boolean = seesTrack,
): { principal: Principal; track: Track } {
  const principal = requirePrincipal(context, request);
  const track = findTrack(context.db, params.eventSlug, params.trackSlug);
  if (!track) throw data(null, { status: 404 });
  if (!may(principal, track)) throw forbidden();
  return { principal, track };
}

/** The same, for the track's moderators only (and admins). */
export function requireModeratedTrack(
  context: FahrplanLoadContext,
  request: Request,
  params: { eventSlug: string; trackSlug: string },
): { principal: AccountPrincipal; track: Track } {
  const { principal, track } = requireTrackAccess(context, request, params, moderatesTrack);
  if (!moderatesTrack(principal, track)) throw forbidden(); // narrows the type; checked above already
  return { principal, track };
}
