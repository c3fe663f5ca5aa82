import { eq } from "drizzle-orm";
import { observerLinks, participants } from "../../db/schema";
import { audit } from "../auth/audit";
import { rotateJoinCode } from "../auth/join-codes";
import { createObserverLink, revokeObserverLink } from "../auth/observer-links";
import { removeParticipant } from "../auth/participants";
import { type AdminActionContext, actorKey } from "./admin-context";

/**
 * Who may enter an event: its join code, its participants and its observer links. Every change that takes
 * a right away closes the affected collaboration sockets at once.
 */

/** Rotates the join code: everyone who joined with the old one is out until they join again. */
export function rotateEventJoinCode(ctx: AdminActionContext, eventId: string): string {
  const code = rotateJoinCode(ctx.db, eventId);
  const closed = ctx.services.connections.closeWhere(
    (grant) => grant.principal.kind === "participant" && grant.eventId === eventId,
  );
  audit(ctx.db, ctx.services.logger, {
    action: "join_code_rotated",
    actor: actorKey(ctx),
    eventId,
    details: { closedSockets: closed },
  });
  return code;
}

export function removeEventParticipant(ctx: AdminActionContext, participantId: string): void {
  const participant = ctx.db.select().from(participants).where(eq(participants.id, participantId)).get();
  if (!participant) return;
  removeParticipant(ctx.db, participantId);
  const closed = ctx.services.connections.closeWhere(
    (grant) => grant.principal.kind === "participant" && grant.principal.participantId === participantId,
  );
  audit(ctx.db, ctx.services.logger, {
    action: "participant_removed",
    actor: actorKey(ctx),
    eventId: participant.eventId,
    details: { participantId, closedSockets: closed },
  });
}

export function createEventObserverLink(
  ctx: AdminActionContext,
  eventId: string,
  input: { trackId: string | null; label: string },
): { id: string; token: string } {
  const link = createObserverLink(ctx.db, { eventId, ...input });
  audit(ctx.db, ctx.services.logger, {
    action: "observer_link_created",
    actor: actorKey(ctx),
    eventId,
    details: { linkId: link.id, trackId: input.trackId, label: input.label },
  });
  return link;
}

export function revokeEventObserverLink(ctx: AdminActionContext, linkId: string): void {
  const link = ctx.db.select().from(observerLinks).where(eq(observerLinks.id, linkId)).get();
  if (!link) return;
  revokeObserverLink(ctx.db, linkId);
  const closed = ctx.services.connections.closeWhere(
    (grant) => grant.principal.kind === "observer" && grant.principal.observerLinkId === linkId,
  );
  audit(ctx.db, ctx.services.logger, {
    action: "observer_link_revoked",
    actor: actorKey(ctx),
    eventId: link.eventId,
    details: { linkId, closedSockets: closed },
  });
}
