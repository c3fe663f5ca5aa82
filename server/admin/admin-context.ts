import type { AppDatabase } from "../../db/client";
import type { AccountPrincipal } from "../auth/principal";
import type { AppServices } from "../load-context";

/**
 * What an administrative action needs: the database, the services (to audit and to close the sockets a
 * change affects) and who acts. Route actions build it after `requireAdmin`.
 */
export interface AdminActionContext {
  db: AppDatabase;
  services: AppServices;
  actor: AccountPrincipal;
}

export function actorKey(ctx: AdminActionContext): string {
  return `user:${ctx.actor.userId}`;
}
