import type { WorkshopErrorKey } from "../../shared/i18n/de-workshop";
import { type Refusal, refusalsFrom } from "../forms/refusal";
import { orWhenUnanswered } from "../forms/unanswered-request";
import { de } from "../i18n/messages";
import type { Route } from "./+types/track-state";

/**
 * The live state of a track (a resource route). GET: phase and timer with the server's clock, as JSON.
 * POST, for the track's moderators and admins (decided in server/workshop via server/auth/principal.ts):
 * `intent=phase` with `phase`, `intent=timer-start` with `minutes`, `intent=timer-stop`. Every change is
 * pushed to the open pages of the track over the collaboration channel; the answer is the new state.
 * A form posted without JavaScript (a navigation) is sent back to the track page.
 */

export type WorkshopFailure = Refusal<WorkshopErrorKey>;

export { loadTrackState as loader, performTrackStateAction as action } from "./track-state.server";

export function clientAction({ serverAction }: Route.ClientActionArgs) {
  // The panel shows the text of the reason in the visitor's language; the German one goes along.
  return orWhenUnanswered(serverAction, () => refusalsFrom(de.workshop.errors)("unreachable", 503));
}
