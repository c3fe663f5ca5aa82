import type { PrivateWritingRefusalReason } from "../../shared/i18n/de-private-writing";
import { type Refusal, refusalsFrom } from "../forms/refusal";
import { orWhenUnanswered } from "../forms/unanswered-request";
import { de } from "../i18n/messages";
import type { Route } from "./+types/track-private-writing";

/**
 * Private writing of a track as JSON, for the panel on the track page (a resource route). GET: whether it
 * is on, the caller's own draft, and for moderators the list of drafts. The panel fetches it when the page
 * opens and again whenever the track's live state says that private writing was switched. POST `intent=settings`
 * (`enabled=on|off`) and `intent=reveal`: a moderator of the track switches it or reveals the drafts.
 * The rules live in server/private-writing/private-writing.ts; this route maps its answers to HTTP.
 */

export type PrivateWritingFailure = Refusal<PrivateWritingRefusalReason>;

export { shouldRevalidatePanel as shouldRevalidate } from "./panel-revalidation";
export {
  loadTrackPrivateWriting as loader,
  performTrackPrivateWritingAction as action,
} from "./track-private-writing.server";

export function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
  return orWhenUnanswered(serverLoader, () => ({ unreachable: true as const }));
}

export function clientAction({ serverAction }: Route.ClientActionArgs) {
  // The panel shows the text of the reason in the visitor's language; the German one goes along.
  return orWhenUnanswered(serverAction, () => refusalsFrom(de.privateWriting.refusals)("unreachable", 503));
}
