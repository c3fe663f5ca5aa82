import type { VotingRefusalReason } from "../../shared/i18n/de-voting";
import { type Refusal, refusalsFrom } from "../forms/refusal";
import { orWhenUnanswered } from "../forms/unanswered-request";
import { de } from "../i18n/messages";
import type { Route } from "./+types/track-votes";

/**
 * The votes of a track as JSON, for the voting panel on the track page (a resource route: no page of its
 * own). GET: the voting state as the caller may see it. POST `intent=vote`: a participant adds or takes
 * back one vote; POST `intent=settings`: a moderator of the track opens, closes or configures voting.
 * Every limit is checked in server/contributions/voting.ts; this route only maps its answers to HTTP.
 */

export type VotingFailure = Refusal<VotingRefusalReason>;

export { loadTrackVotes as loader, performTrackVotesAction as action } from "./track-votes.server";

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
