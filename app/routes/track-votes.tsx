import { data } from "react-router";
import { moderatesTrack, type Principal } from "../../server/auth/principal";
import { castVote, setVotingSettings, type TrackVoting, trackVoting } from "../../server/contributions/voting";
import type { FahrplanLoadContext } from "../../server/load-context";
import type { VotingRefusalReason } from "../../shared/i18n/de-voting";
import { requireTrackAccess } from "../auth/track-access.server";
import { parseForm } from "../forms/parse-form.server";
import { type Refusal, refusalsFrom } from "../forms/refusal";
import { orWhenUnanswered } from "../forms/unanswered-request";
import { voteSchema, votingIntentSchema, votingSettingsSchema } from "../forms/voting-schemas";
import { messagesFor } from "../i18n/locale.server";
import { de } from "../i18n/messages";
import type { Route } from "./+types/track-votes";

/**
 * The votes of a track as JSON, for the voting panel on the track page (a resource route: no page of its
 * own). GET: the voting state as the caller may see it. POST `intent=vote`: a participant adds or takes
 * back one vote; POST `intent=settings`: a moderator of the track opens, closes or configures voting.
 * Every limit is checked in server/contributions/voting.ts; this route only maps its answers to HTTP.
 */

export type VotingFailure = Refusal<VotingRefusalReason>;

/** The fresh state after a change (the track was found a moment ago, so it exists). */
function votingState(context: FahrplanLoadContext, trackId: string, principal: Principal): TrackVoting {
  const state = trackVoting(context.db, trackId, principal);
  if (!state) throw data(null, { status: 404 });
  return state;
}

export function loader({ context, params, request }: Route.LoaderArgs) {
  const { principal, track } = requireTrackAccess(context, request, params);
  return votingState(context, track.id, principal);
}

export async function action({ context, params, request }: Route.ActionArgs) {
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

/**
 * The panels that load this route keep themselves current from the pushed track state (issue #14.4), and a
 * vote or a settings change answers with the new state: React Router's reload of every fetcher after an
 * action would only repeat what is shown, or cut a fetch in flight short. (After logging out it would even
 * redirect the page to /join.)
 */
export function shouldRevalidate() {
  return false;
}

export function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
  return orWhenUnanswered(serverLoader, () => ({ unreachable: true as const }));
}

// As a refusal with a 5xx status, so that React Router does not reload the page's data after it.
export function clientAction({ serverAction }: Route.ClientActionArgs) {
  // The panel shows the text of the reason in the visitor's language; the German one goes along.
  return orWhenUnanswered(serverAction, () => refusalsFrom(de.voting.refusals)("unreachable", 503));
}
