// What the loader of home.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { listEventsWithTracks } from "../../db/queries/tracks";
import type { Route } from "./+types/home";

export function loadHome({ context }: Route.LoaderArgs) {
  return { events: listEventsWithTracks(context.db), signedIn: context.principal !== null };
}
