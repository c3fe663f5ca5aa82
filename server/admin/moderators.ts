import { asc, eq } from "drizzle-orm";
import { moderatorAssignments, users } from "../../db/schema";
import { createAccount } from "../auth/accounts";
import { audit } from "../auth/audit";
import { type AdminActionContext, actorKey } from "./admin-context";

export interface ModeratorScope {
  eventId: string;
  /** Null: the whole event; otherwise the tracks moderated. */
  trackIds: string[] | null;
}

/** Every moderator account with what it moderates. */
export function listModerators(ctx: Pick<AdminActionContext, "db">) {
  const accounts = ctx.db.select().from(users).where(eq(users.role, "moderator")).orderBy(asc(users.email)).all();
  return accounts.map((user) => ({
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    disabled: user.disabledAt !== null,
    assignments: ctx.db
      .select({ eventId: moderatorAssignments.eventId, trackId: moderatorAssignments.trackId })
      .from(moderatorAssignments)
      .where(eq(moderatorAssignments.userId, user.id))
      .all(),
  }));
}

export async function createModerator(
  ctx: AdminActionContext,
  input: { email: string; displayName: string; password: string },
): Promise<string> {
  const user = await createAccount(ctx.db, { ...input, role: "moderator" });
  audit(ctx.db, ctx.services.logger, {
    action: "moderator_created",
    actor: actorKey(ctx),
    details: { userId: user.id, email: user.email },
  });
  return user.id;
}

/**
 * Sets what a moderator moderates within one event (replacing what was there). Their open sockets are
 * closed, so that every connection is authorised again with the new rights.
 */
export function setModeratorScope(ctx: AdminActionContext, userId: string, scope: ModeratorScope): void {
  ctx.db.transaction((tx) => {
    const current = tx.select().from(moderatorAssignments).where(eq(moderatorAssignments.userId, userId)).all();
    for (const row of current.filter((each) => each.eventId === scope.eventId)) {
      tx.delete(moderatorAssignments).where(eq(moderatorAssignments.id, row.id)).run();
    }
    const trackIds = scope.trackIds === null ? [null] : scope.trackIds;
    for (const trackId of trackIds) {
      tx.insert(moderatorAssignments).values({ userId, eventId: scope.eventId, trackId }).run();
    }
  });
  closeSocketsOf(ctx, userId);
  audit(ctx.db, ctx.services.logger, {
    action: "moderator_assigned",
    actor: actorKey(ctx),
    eventId: scope.eventId,
    details: { userId, trackIds: scope.trackIds },
  });
}

/** Takes every moderation right from a moderator (the account stays, moderating nothing). */
export function demoteModerator(ctx: AdminActionContext, userId: string): void {
  ctx.db.delete(moderatorAssignments).where(eq(moderatorAssignments.userId, userId)).run();
  const closed = closeSocketsOf(ctx, userId);
  audit(ctx.db, ctx.services.logger, {
    action: "moderator_demoted",
    actor: actorKey(ctx),
    details: { userId, closedSockets: closed },
  });
}

function closeSocketsOf(ctx: AdminActionContext, userId: string): number {
  return ctx.services.connections.closeWhere(
    (grant) => grant.principal.kind === "account" && grant.principal.userId === userId,
  );
}
