// What the loader of audit.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { accountNamesById, listEvents } from "../../../db/queries/administration";
import { recentAuditEntries } from "../../../server/auth/audit";
import { requireAdmin } from "../../auth/guards.server";
import type { Route } from "./+types/audit";

export function loadAdminAudit({ context, request }: Route.LoaderArgs) {
  requireAdmin(context, request);
  const accounts = accountNamesById(context.db);
  const eventTitles = new Map(listEvents(context.db).map((event) => [event.id, event.title]));
  const entries = recentAuditEntries(context.db).map((entry) => ({
    id: entry.id,
    at: entry.at,
    action: entry.action,
    actor: entry.actor,
    actorName: entry.actor.startsWith("user:") ? (accounts.get(entry.actor.slice("user:".length)) ?? null) : null,
    eventId: entry.eventId,
    eventTitle: entry.eventId ? (eventTitles.get(entry.eventId) ?? null) : null,
    // Shown as text: whatever a user typed into a detail stays a JSON value, never markup.
    details: JSON.stringify(entry.details),
  }));
  return { entries };
}
