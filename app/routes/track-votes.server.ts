// What the loader and action of track-votes.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data } from "react-router";
import { moderatesTrack, type Principal } from "../../server/auth/principal";
import { castVote, setVotingSettings, type TrackVoting, trackVoting } from "../../server/contributions/voting";
import type { FahrplanLoadContext } from "../../server/load-context";
import { requireTrackAccess } from "../auth/track-access.server";
import { parseForm } from "../forms/parse-form.server";
import { refusalsFrom } from "../forms/refusal";
import { voteSchema, votingIntentSchema, votingSettingsSchema } from "../forms/voting-schemas";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/track-votes";

/** The fresh state after a change (the track was found a moment ago, so it exists). */
function votingState(context: FahrplanLoadContext, trackId: string, principal: Principal): TrackVoting {
  const state = trackVoting(context.db, trackId, principal);
  if (!state) throw data(null, { status: 404 });
  return state;
}

export function loadTrackVotes({ context, params, request }: Route.LoaderArgs) {
  const { principal, track } = requireTrackAccess(context, request, params);
  return votingState(context, track.id, principal);
}

export async function performTrackVotesAction({ context, params, request }: Route.ActionArgs) {
  const refuse = refusalsFrom(messagesFor(request).voting.refusals);
  const { principal, track } = requireTrackAccess(context, request, params);
  // The body can be read once only: the intent is read from a copy, the intent's own fields from the original.
  const chosen = await parseForm(request.clone(), votingIntentSchema);
  if (!chosen.ok) return refuse("invalid-input", 400);

  switch (chosen.data.intent) {
    case "vote": {
      // Refused as a value (not thrown), so that the panel shows the message instead of an error page.
      if (principal.kind !== "participant") return refuse("only-participants", 403);
      const form = await parseForm(request, voteSchema);
      if (!form.ok) return refuse("invalid-input", 400, form.fieldErrors);
      const result = castVote(context, principal, { ...form.data, trackId: track.id });
      if (!result.ok) return refuse(result.reason, 409);
      return votingState(context, track.id, principal);
    }
    case "settings": {
      if (!moderatesTrack(principal, track)) return refuse("forbidden", 403);
      const form = await parseForm(request, votingSettingsSchema);
      if (!form.ok) return refuse("invalid-settings", 400, form.fieldErrors);
      const ctx = { db: context.db, services: context.services, actor: principal };
      const result = setVotingSettings(ctx, track.id, form.data);
      if (!result.ok && result.reason === "not-found") throw data(null, { status: 404 });
      if (!result.ok) return refuse("invalid-settings", 400);
      return votingState(context, track.id, principal);
    }
  }
}
