// What the loader of moderation.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { listEventsWithTracks } from "../../db/queries/tracks";
import { moderatesInEvent, trackAccess } from "../../server/auth/principal";
import { requireAccount } from "../auth/guards.server";
import type { Route } from "./+types/moderation";

export function loadModeration({ context, request }: Route.LoaderArgs) {
  const account = requireAccount(context, request);
  const events = listEventsWithTracks(context.db)
    .filter((event) => moderatesInEvent(account, event.id))
    .map((event) => ({
      ...event,
      tracks: event.tracks.map((track) => ({ ...track, access: trackAccess(account, track) })),
    }));
  return { events };
}
