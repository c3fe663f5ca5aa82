import { data, Form, Link, redirect } from "react-router";
import { findEvent, findEventParticipant, listEventParticipants } from "../../../db/queries/administration";
import { type AdminActionContext, actorKey } from "../../../server/admin/admin-context";
import { removeEventParticipant } from "../../../server/admin/event-access";
import { requireAdmin } from "../../auth/guards.server";
import { IdentityErasureForm } from "../../components/admin/identity-erasure-form";
import { FormError } from "../../components/form-field";
import { eraseIdentitiesSchema, participantsIntentSchema, removeParticipantSchema } from "../../forms/admin-schemas";
import { formErrors, parseForm } from "../../forms/parse-form.server";
import { useMessages } from "../../i18n/messages";
import { metaMessages } from "../../i18n/meta-messages";
import type { Route } from "./+types/participants";
import "../../admin.css";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.admin.participants.title} – Fahrplan` }];
}

function notFound() {
  return data(null, { status: 404 });
}

export function loader({ context, request, params }: Route.LoaderArgs) {
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

export async function action({ context, request, params }: Route.ActionArgs) {
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

export default function AdminParticipants({ loaderData, actionData }: Route.ComponentProps) {
  const t = useMessages();
  const { event, participants } = loaderData;
  return (
    <main id="inhalt" className="page page-wide admin-page">
      <p>
        <Link to="/admin">{t.admin.backToOverview}</Link> ·{" "}
        <Link to={`/admin/events/${event.id}`}>{t.admin.participants.backToEvent}</Link>
      </p>
      <h1>{t.admin.participants.title}</h1>
      <p>{t.admin.participants.intro(event.title)}</p>
      <FormError
        message={actionData?.formError ?? (actionData && !("erased" in actionData) ? t.admin.checkInput : null)}
      />
      {participants.length === 0 ? (
        <p>{t.admin.participants.none}</p>
      ) : (
        <>
          <p className="hint" id="remove-hint">
            {t.admin.participants.removeHint}
          </p>
          <div className="admin-table-wrapper">
            <table className="admin-table">
              <caption className="visually-hidden">{t.admin.participants.intro(event.title)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.admin.participants.nameColumn}</th>
                  <th scope="col">{t.admin.participants.organisationColumn}</th>
                  <th scope="col">{t.admin.participants.joinedColumn}</th>
                  <th scope="col">{t.admin.participants.stateColumn}</th>
                </tr>
              </thead>
              <tbody>
                {participants.map((participant) => (
                  <tr key={participant.id}>
                    <th scope="row">{participant.displayName}</th>
                    <td>{participant.organisation ?? "–"}</td>
                    <td>{t.admin.dateTime(participant.joinedAt)}</td>
                    <td>
                      {participant.removedAt ? (
                        t.admin.participants.removedAt(t.admin.dateTime(participant.removedAt))
                      ) : (
                        <Form method="post" className="admin-inline-form">
                          <span>{t.admin.participants.present}</span>
                          <input type="hidden" name="intent" value="remove-participant" />
                          <input type="hidden" name="participantId" value={participant.id} />
                          <button type="submit" aria-describedby="remove-hint">
                            {t.admin.participants.remove}
                            <span className="visually-hidden">{t.admin.forItem(participant.displayName)}</span>
                          </button>
                        </Form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <IdentityErasureForm
        error={actionData && "erasureError" in actionData ? actionData.erasureError : null}
        done={
          actionData && "erased" in actionData && actionData.erased
            ? t.erasure.done(actionData.erased.participants, actionData.erased.documents)
            : null
        }
      />
    </main>
  );
}
