import { Link } from "react-router";
import type { Rejection } from "../../components/admin/form-rejection";
import { CreateModerator } from "../../components/admin/moderator-create";
import { ModeratorList } from "../../components/admin/moderator-list";
import { DoneMessage } from "../../components/done-message";
import { FormError } from "../../components/form-field";
import { useMessages } from "../../i18n/messages";
import { metaMessages } from "../../i18n/meta-messages";
import type { Route } from "./+types/moderators";
import "../../admin.css";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.admin.moderators.title} – Fahrplan` }];
}

/**
 * The moderators with what they moderate, and the event whose scope forms are shown (chosen with
 * `?event=`, the first event otherwise): without client-side code, a form can only offer the tracks of an
 * event that is known when the page is rendered.
 */
export { loadAdminModerators as loader, performAdminModeratorsAction as action } from "./moderators.server";

export default function AdminModerators({ loaderData, actionData }: Route.ComponentProps) {
  const t = useMessages();
  const { events, selectedEvent, moderators } = loaderData;
  const rejected = actionData && "target" in actionData ? actionData : null;
  const errorsOf = (target: string): Rejection | null => (rejected?.target === target ? rejected : null);
  const done = actionData && "done" in actionData ? actionData : null;
  const doneMessage =
    done && (done.done === "created" ? t.admin.moderators.created(done.name) : t.admin.moderators.demoted(done.name));
  return (
    <main id="inhalt" className="page page-wide admin-page">
      <p>
        <Link to="/admin">{t.admin.backToOverview}</Link>
      </p>
      <h1>{t.admin.moderators.title}</h1>
      <p>{t.admin.moderators.intro}</p>
      <FormError message={errorsOf("page")?.formError} />
      <DoneMessage answer={done} message={doneMessage} />

      <ModeratorList events={events} selectedEvent={selectedEvent} moderators={moderators} />
      <CreateModerator moderatorCount={moderators.length} errors={errorsOf("create-moderator")} />
    </main>
  );
}
