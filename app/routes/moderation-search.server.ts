// What the loader of moderation-search.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { listEventsWithTracks } from "../../db/queries/tracks";
import { moderatesInEvent } from "../../server/auth/principal";
import { search } from "../../server/search/search";
import { requireAccount } from "../auth/guards.server";
import { editorPath } from "../components/fahrplan/paths";
import type { Route } from "./+types/moderation-search";

/** Hits shown on one page; more than this asks for a narrower search instead of paging. */
const RESULT_LIMIT = 50;

export function loadModerationSearch({ context, request }: Route.LoaderArgs) {
  const account = requireAccount(context, request);
  const query = new URL(request.url).searchParams.get("q")?.trim() ?? "";
  const events = listEventsWithTracks(context.db).filter((event) => moderatesInEvent(account, event.id));
  const hasEvents = events.length > 0;
  if (query === "") return { query, hasEvents, hits: null, more: false };

  const slugs = new Map(events.map((event) => [event.id, event.slug]));
  // One more than shown, to tell "exactly 50" from "more than 50".
  const found = search(context.db, {
    eventIds: events.map((event) => event.id),
    query,
    glossaryOf: (eventId) => context.services.glossaries.forEvent(slugs.get(eventId) ?? ""),
    limit: RESULT_LIMIT + 1,
  });
  const trackPaths = new Map(
    events.flatMap((event) =>
      event.tracks.map((track): [string, string] => [track.id, `/events/${event.slug}/tracks/${track.slug}`]),
    ),
  );
  const hits = found.slice(0, RESULT_LIMIT).map((hit) => ({
    ...hit,
    path:
      hit.type === "contribution"
        ? (trackPaths.get(hit.trackId) ?? null)
        : `${editorPath(hit.eventId)}#entry-${hit.id}-title`,
  }));
  return { query, hasEvents, hits, more: found.length > RESULT_LIMIT };
}
