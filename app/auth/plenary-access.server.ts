import { findEventBySlug } from "../../db/queries/administration";
import { type Principal, plenaryRole } from "../../server/auth/principal";
import type { FahrplanLoadContext } from "../../server/load-context";
import { forbidden, notFound, requirePrincipal } from "./guards.server";

export type PlenaryRole = NonNullable<ReturnType<typeof plenaryRole>>;

/**
 * The event of the URL (`/events/:eventSlug/plenum…`) and the caller's part in its plenary: 401 without a
 * session, 404 for an unknown event, 403 for anyone who is neither its moderator, participant nor
 * observer (a participant of another event, say).
 */
export function requirePlenaryAccess(context: FahrplanLoadContext, request: Request, eventSlug: string) {
  const principal: Principal = requirePrincipal(context, request);
  const event = findEventBySlug(context.db, eventSlug);
  if (!event) throw notFound();
  const role = plenaryRole(principal, event.id);
  if (!role) throw forbidden();
  return { principal, event, role };
}
