import { data } from "react-router";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { moderatesInEvent } from "../../server/auth/principal";
import type { FahrplanLoadContext } from "../../server/load-context";
import { requireAccount, requireModeratorIn } from "./guards.server";

/**
 * The event a Fahrplan page of the moderation is about, and who asks: the event of `?event=` (404 when
 * unknown), else the first event the account moderates in; 403 unless the account moderates in it. The
 * event is only ever taken from the URL, never from a form's body.
 */
export function moderatedEventOf(context: FahrplanLoadContext, request: Request) {
  const account = requireAccount(context, request);
  const wanted = new URL(request.url).searchParams.get("event");
  const events = listEventsWithTracks(context.db);
  const event = wanted
    ? events.find((each) => each.id === wanted)
    : (events.find((each) => moderatesInEvent(account, each.id)) ?? events[0]);
  if (!event) throw data(null, { status: 404 });
  const actor = requireModeratorIn(context, request, event.id);
  return { actor, event, ctx: { db: context.db, actor, eventId: event.id } };
}
