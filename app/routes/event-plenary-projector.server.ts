// What the loader of event-plenary-projector.tsx does, in a .server module so that none of the server's
// values reach the browser bundle (decision 016).
import { plenaryView } from "../../server/plenary/plenary-view";
import { requirePlenaryAccess } from "../auth/plenary-access.server";
import type { Route } from "./+types/event-plenary-projector";

/** The plenary as the wall shows it: no comments, whoever opens it (a moderator's or an observer's browser). */
export function loadPlenaryProjector({ context, params, request }: Route.LoaderArgs) {
  const { event } = requirePlenaryAccess(context, request, params.eventSlug);
  return {
    event: { title: event.title },
    view: plenaryView(context.db, event.id, "everyone"),
    streamUrl: `/api/events/${encodeURIComponent(event.id)}/plenary/stream`,
  };
}
