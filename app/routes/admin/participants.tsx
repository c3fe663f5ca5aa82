import { Form, Link } from "react-router";
import { IdentityErasureForm } from "../../components/admin/identity-erasure-form";
import { FormError } from "../../components/form-field";
import { useMessages } from "../../i18n/messages";
import { metaMessages } from "../../i18n/meta-messages";
import type { Route } from "./+types/participants";
import "../../admin.css";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.admin.participants.title} – Fahrplan` }];
}

export { loadAdminParticipants as loader, performAdminParticipantsAction as action } from "./participants.server";

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
