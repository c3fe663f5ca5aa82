// What the loader and action of participants.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data, redirect } from "react-router";
import { findEvent, findEventParticipant, listEventParticipants } from "../../../db/queries/administration";
import { type AdminActionContext, actorKey } from "../../../server/admin/admin-context";
import { removeEventParticipant } from "../../../server/admin/event-access";
import { notFound, requireAdmin } from "../../auth/guards.server";
import { eraseIdentitiesSchema, participantsIntentSchema, removeParticipantSchema } from "../../forms/admin-schemas";
import { formErrors, parseForm } from "../../forms/parse-form.server";
import type { Route } from "./+types/participants";

export function loadAdminParticipants({ context, request, params }: Route.LoaderArgs) {
  requireAdmin(context, request);
  const event = findEvent(context.db, params.eventId);
  if (!event) throw notFound();
  const participants = listEventParticipants(context.db, event.id).map((participant) => ({
    id: participant.id,
    displayName: participant.displayName,
    organisation: participant.organisation,
    joinedAt: participant.createdAt,
    removedAt: participant.removedAt,
  }));
  return { event: { id: event.id, title: event.title }, participants };
}

export async function performAdminParticipantsAction({ context, request, params }: Route.ActionArgs) {
  const actor = requireAdmin(context, request);
  const ctx: AdminActionContext = { db: context.db, services: context.services, actor };
  const event = findEvent(ctx.db, params.eventId);
  if (!event) throw notFound();
  // The body can be read once only: the intent is read from a copy, the intent's own fields from the original.
  const chosen = await parseForm(request.clone(), participantsIntentSchema);
  if (!chosen.ok) return formErrors(chosen, chosen.status);

  switch (chosen.data.intent) {
    case "remove-participant": {
      const form = await parseForm(request, removeParticipantSchema);
      if (!form.ok) return formErrors(form, form.status);
      // Only participants of this page's event may be removed here.
      const participant = findEventParticipant(ctx.db, event.id, form.data.participantId);
      if (!participant) throw notFound();
      removeEventParticipant(ctx, participant.id);
      return redirect(`/admin/events/${encodeURIComponent(event.id)}/participants`);
    }
    case "erase-identities": {
      const form = await parseForm(request, eraseIdentitiesSchema);
      if (!form.ok) return data({ ...form, erasureError: form.fieldErrors.confirm ?? null, erased: null }, 400);
      const result = await ctx.services.identities.run(event.id, form.data.mode, actorKey(ctx));
      return { fieldErrors: {}, formError: null, erasureError: null, erased: result };
    }
  }
}
