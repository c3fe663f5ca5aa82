// What the loader of index.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { listEvents } from "../../../db/queries/administration";
import { requireAdmin } from "../../auth/guards.server";
import type { Route } from "./+types/index";

export function loadAdminIndex({ context, request }: Route.LoaderArgs) {
  requireAdmin(context, request);
  const events = listEvents(context.db).map((event) => ({
    id: event.id,
    title: event.title,
    startsOn: event.startsOn,
    venue: event.venue,
  }));
  return { events };
}
