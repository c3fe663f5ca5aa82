import { data, Link, redirect } from "react-router";
import { findEvent, isModeratorAccount, listEventTracks } from "../../../db/queries/administration";
import { listEventsWithTracks } from "../../../db/queries/tracks";
import type { AdminActionContext } from "../../../server/admin/admin-context";
import { createModerator, demoteModerator, listModerators, setModeratorScope } from "../../../server/admin/moderators";
import { AccountError } from "../../../server/auth/accounts";
import { requireAdmin } from "../../auth/guards.server";
import type { Rejection } from "../../components/admin/form-rejection";
import { CreateModerator } from "../../components/admin/moderator-create";
import type { ScopeSummary } from "../../components/admin/moderator-entry";
import { ModeratorList } from "../../components/admin/moderator-list";
import { scopeTrackField } from "../../components/admin/scope-track-field";
import { DoneMessage } from "../../components/done-message";
import { FormError } from "../../components/form-field";
import {
  createModeratorSchema,
  demoteModeratorSchema,
  moderatorScopeSchema,
  moderatorsIntentSchema,
  scopeTracksSchema,
} from "../../forms/admin-schemas";
import { parseForm, targetedFormErrors } from "../../forms/parse-form.server";
import { messagesFor } from "../../i18n/locale.server";
import { useMessages } from "../../i18n/messages";
import { metaMessages } from "../../i18n/meta-messages";
import type { Route } from "./+types/moderators";
import "../../admin.css";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.admin.moderators.title} – Fahrplan` }];
}

function notFound() {
  return data(null, { status: 404 });
}

/**
 * The moderators with what they moderate, and the event whose scope forms are shown (chosen with
 * `?event=`, the first event otherwise): without client-side code, a form can only offer the tracks of an
 * event that is known when the page is rendered.
 */
export function loader({ context, request }: Route.LoaderArgs) {
  requireAdmin(context, request);
  const events = listEventsWithTracks(context.db);
  const requested = new URL(request.url).searchParams.get("event");
  const selected = requested === null ? (events[0] ?? null) : events.find((event) => event.id === requested);
  if (selected === undefined) throw notFound();

  const moderators = listModerators({ db: context.db }).map((moderator) => {
    const scopes = new Map<string, ScopeSummary>();
    for (const assignment of moderator.assignments) {
      const event = events.find((each) => each.id === assignment.eventId);
      if (!event) continue;
      const scope = scopes.get(event.id) ?? {
        eventId: event.id,
        eventTitle: event.title,
        wholeEvent: false,
        trackIds: [],
        trackTitles: [],
      };
      if (assignment.trackId === null) {
        scope.wholeEvent = true;
      } else {
        scope.trackIds.push(assignment.trackId);
        const track = event.tracks.find((each) => each.id === assignment.trackId);
        scope.trackTitles.push(track?.title ?? messagesFor(request).admin.moderators.unknownTrack);
      }
      scopes.set(event.id, scope);
    }
    return {
      id: moderator.id,
      email: moderator.email,
      displayName: moderator.displayName,
      disabled: moderator.disabled,
      scopes: [...scopes.values()],
    };
  });

  return {
    events: events.map((event) => ({ id: event.id, title: event.title })),
    selectedEvent: selected && {
      id: selected.id,
      title: selected.title,
      tracks: selected.tracks.map((track) => ({ id: track.id, title: track.title })),
    },
    moderators,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireAdmin(context, request);
  const ctx: AdminActionContext = { db: context.db, services: context.services, actor };
  // The body can be read once only: the intent (and the scope's own fields) are read from copies.
  const chosen = await parseForm(request.clone(), moderatorsIntentSchema);
  if (!chosen.ok) return targetedFormErrors(request, "page", chosen);

  switch (chosen.data.intent) {
    case "create-moderator": {
      const form = await parseForm(request, createModeratorSchema);
      if (!form.ok) return targetedFormErrors(request, "create-moderator", form);
      try {
        await createModerator(ctx, form.data);
      } catch (error) {
        // Bad addresses, taken addresses and short passwords come back as a refusal code.
        if (error instanceof AccountError) {
          const formError = messagesFor(request).admin.accountRefusals[error.code];
          return targetedFormErrors(request, "create-moderator", { formError });
        }
        throw error;
      }
      // No redirect: the page is loaded again anyway, and the answer says what was done (issue #14.7).
      return { done: "created" as const, name: form.data.displayName };
    }
    case "set-moderator-scope": {
      const form = await parseForm(request.clone(), moderatorScopeSchema);
      if (!form.ok) return targetedFormErrors(request, "page", form);
      const event = findEvent(ctx.db, form.data.eventId);
      if (!event || !isModeratorAccount(ctx.db, form.data.userId)) throw notFound();
      // Only the checkboxes of this event's tracks are read: a track of another event is never assigned.
      const tracks = listEventTracks(ctx.db, event.id);
      const boxes = await parseForm(request, scopeTracksSchema(tracks.map((track) => scopeTrackField(track.id))));
      if (!boxes.ok) return targetedFormErrors(request, "page", boxes);
      const trackIds = form.data.wholeEvent
        ? null
        : tracks.filter((track) => boxes.data[scopeTrackField(track.id)] === true).map((track) => track.id);
      setModeratorScope(ctx, form.data.userId, { eventId: event.id, trackIds });
      return redirect(`/admin/moderators?event=${encodeURIComponent(event.id)}`);
    }
    case "demote-moderator": {
      const form = await parseForm(request, demoteModeratorSchema);
      if (!form.ok) return targetedFormErrors(request, "page", form);
      if (!isModeratorAccount(ctx.db, form.data.userId)) throw notFound();
      const name = listModerators(ctx).find((each) => each.id === form.data.userId)?.displayName ?? "";
      demoteModerator(ctx, form.data.userId);
      return { done: "demoted" as const, name };
    }
  }
}

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
