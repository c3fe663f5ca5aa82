// What the loader of home.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { listEventsWithTracks } from "../../db/queries/tracks";
import { plenaryRole } from "../../server/auth/principal";
import { openPlenaryOf } from "../../server/plenary/plenary";
import type { Route } from "./+types/home";

export function loadHome({ context }: Route.LoaderArgs) {
  const events = listEventsWithTracks(context.db).map((event) => ({
    ...event,
    // The closing plenary, for those who take part in it; `open` while it is in session.
    plenary:
      plenaryRole(context.principal, event.id) === null
        ? null
        : {
            path: `/events/${encodeURIComponent(event.slug)}/plenum`,
            open: openPlenaryOf(context.db, event.id) !== null,
          },
  }));
  return { events, signedIn: context.principal !== null };
}
