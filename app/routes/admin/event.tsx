import { Link } from "react-router";
import { EventDetails } from "../../components/admin/event-details";
import { JoinCode } from "../../components/admin/event-join-code";
import { ObserverLinks } from "../../components/admin/event-observer-links";
import { Tracks } from "../../components/admin/event-tracks";
import type { Rejection } from "../../components/admin/form-rejection";
import { DoneMessage } from "../../components/done-message";
import { FormError } from "../../components/form-field";
import { useMessages } from "../../i18n/messages";
import { metaMessages } from "../../i18n/meta-messages";
import type { Route } from "./+types/event";
import "../../admin.css";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.admin.event.title} – Fahrplan` }];
}

export { loadAdminEvent as loader, performAdminEventAction as action } from "./event.server";

export default function AdminEvent({ loaderData, actionData }: Route.ComponentProps) {
  const t = useMessages();
  const { event, tracks } = loaderData;
  const rejected = actionData && "target" in actionData ? actionData : null;
  /** The errors of one of the page's forms, if the last submission was that form's and was refused. */
  const errorsOf = (target: string): Rejection | null => (rejected?.target === target ? rejected : null);
  const createdLink = actionData && "createdLink" in actionData ? actionData.createdLink : null;
  const rotated = actionData && "done" in actionData ? actionData : null;

  return (
    <main id="inhalt" className="page page-wide admin-page">
      <p>
        <Link to="/admin">{t.admin.backToOverview}</Link>
      </p>
      <h1>
        {t.admin.event.title}: {event.title}
      </h1>
      <p>
        <Link to={`/admin/events/${event.id}/participants`}>{t.admin.event.participantsLink}</Link>
      </p>
      <FormError message={errorsOf("page")?.formError} />
      <DoneMessage answer={rotated} message={rotated && t.admin.event.rotated(rotated.code)} />

      {/* What the congress morning needs first: the code and the links; the set-up of the event last. */}
      <JoinCode
        joinCode={loaderData.joinCode}
        eventSlug={event.slug}
        tracks={tracks}
        errors={errorsOf("rotate-join-code")}
      />
      <Tracks tracks={tracks} errorsOf={errorsOf} />
      <ObserverLinks
        observerLinks={loaderData.observerLinks}
        tracks={tracks}
        createdLink={createdLink}
        errorsOf={errorsOf}
      />
      <EventDetails event={event} errors={errorsOf("update-event")} />
    </main>
  );
}
