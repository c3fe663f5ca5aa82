import { data, Form, Link, redirect } from "react-router";
import { findEvent, isModeratorAccount, listEventTracks } from "../../../db/queries/administration";
import { listEventsWithTracks } from "../../../db/queries/tracks";
import type { AdminActionContext } from "../../../server/admin/admin-context";
import { createModerator, demoteModerator, listModerators, setModeratorScope } from "../../../server/admin/moderators";
import { AccountError } from "../../../server/auth/accounts";
import { requireAdmin } from "../../auth/guards.server";
import { FormError, FormField } from "../../components/form-field";
import {
  adminFormErrors,
  createModeratorSchema,
  demoteModeratorSchema,
  moderatorScopeSchema,
  moderatorsIntentSchema,
  scopeTracksSchema,
} from "../../forms/admin-schemas";
import { parseForm } from "../../forms/parse-form.server";
import { de, useMessages } from "../../i18n/messages";
import type { Route } from "./+types/moderators";
import "../../admin.css";

export function meta() {
  return [{ title: `${de.admin.moderators.title} – Fahrplan` }];
}

/** The name of a track's checkbox in a scope form (here, not with the schemas: keeps zod out of the browser). */
function scopeTrackField(trackId: string): string {
  return `track-${trackId}`;
}

function notFound() {
  return data(null, { status: 404 });
}

/** What one moderator moderates within one event, by titles. */
interface ScopeSummary {
  eventId: string;
  eventTitle: string;
  wholeEvent: boolean;
  trackIds: string[];
  trackTitles: string[];
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
        scope.trackTitles.push(track?.title ?? de.admin.moderators.unknownTrack);
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
  // Back to this page with the same event chosen. Not request.url: for a client-side submission that is the
  // `.data` URL (future flag v8_passThroughRequests), which a browser must never be sent to.
  const chosenEvent = new URL(request.url).searchParams.get("event");
  const here = chosenEvent ? `/admin/moderators?event=${encodeURIComponent(chosenEvent)}` : "/admin/moderators";
  // The body can be read once only: the intent (and the scope's own fields) are read from copies.
  const chosen = await parseForm(request.clone(), moderatorsIntentSchema);
  if (!chosen.ok) return adminFormErrors("page", chosen);

  switch (chosen.data.intent) {
    case "create-moderator": {
      const form = await parseForm(request, createModeratorSchema);
      if (!form.ok) return adminFormErrors("create-moderator", form);
      try {
        await createModerator(ctx, form.data);
      } catch (error) {
        // Bad addresses, taken addresses and short passwords come back with a German message.
        if (error instanceof AccountError) return adminFormErrors("create-moderator", { formError: error.message });
        throw error;
      }
      return redirect(here);
    }
    case "set-moderator-scope": {
      const form = await parseForm(request.clone(), moderatorScopeSchema);
      if (!form.ok) return adminFormErrors("page", form);
      const event = findEvent(ctx.db, form.data.eventId);
      if (!event || !isModeratorAccount(ctx.db, form.data.userId)) throw notFound();
      // Only the checkboxes of this event's tracks are read: a track of another event is never assigned.
      const tracks = listEventTracks(ctx.db, event.id);
      const boxes = await parseForm(request, scopeTracksSchema(tracks.map((track) => scopeTrackField(track.id))));
      if (!boxes.ok) return adminFormErrors("page", boxes);
      const trackIds = form.data.wholeEvent
        ? null
        : tracks.filter((track) => boxes.data[scopeTrackField(track.id)] === true).map((track) => track.id);
      setModeratorScope(ctx, form.data.userId, { eventId: event.id, trackIds });
      return redirect(`/admin/moderators?event=${encodeURIComponent(event.id)}`);
    }
    case "demote-moderator": {
      const form = await parseForm(request, demoteModeratorSchema);
      if (!form.ok) return adminFormErrors("page", form);
      if (!isModeratorAccount(ctx.db, form.data.userId)) throw notFound();
      demoteModerator(ctx, form.data.userId);
      return redirect(here);
    }
  }
}

type LoaderData = Route.ComponentProps["loaderData"];

export default function AdminModerators({ loaderData, actionData }: Route.ComponentProps) {
  const t = useMessages();
  const { events, selectedEvent, moderators } = loaderData;
  const errorsOf = (target: string) => (actionData?.target === target ? actionData : null);
  const createErrors = errorsOf("create-moderator");
  return (
    <main id="inhalt" className="page page-wide admin-page">
      <p>
        <Link to="/admin">{t.admin.backToOverview}</Link>
      </p>
      <h1>{t.admin.moderators.title}</h1>
      <p>{t.admin.moderators.intro}</p>
      <FormError message={errorsOf("page")?.formError} />

      <section aria-labelledby="moderators-heading" className="admin-section">
        <h2 id="moderators-heading">{t.admin.moderators.listHeading}</h2>
        {selectedEvent ? (
          <ChooseEvent events={events} selectedId={selectedEvent.id} />
        ) : (
          <p>{t.admin.moderators.noEvents}</p>
        )}
        {moderators.length === 0 && <p>{t.admin.moderators.none}</p>}
        {moderators.map((moderator) => (
          <Moderator key={moderator.id} moderator={moderator} selectedEvent={selectedEvent} />
        ))}
      </section>

      <section aria-labelledby="create-heading" className="admin-section">
        <h2 id="create-heading">{t.admin.moderators.createHeading}</h2>
        {/* Keyed by the number of accounts, so that the form (and its password) is emptied after creating one. */}
        <Form method="post" className="card stacked-form" noValidate key={moderators.length}>
          <input type="hidden" name="intent" value="create-moderator" />
          <FormError message={createErrors?.formError} />
          <FormField
            label={t.admin.moderators.email}
            name="email"
            type="email"
            autoComplete="off"
            error={createErrors?.fieldErrors.email}
            required
          />
          <FormField
            label={t.admin.moderators.displayName}
            name="displayName"
            hint={t.admin.moderators.displayNameHint}
            autoComplete="off"
            error={createErrors?.fieldErrors.displayName}
            required
            maxLength={60}
          />
          <FormField
            label={t.admin.moderators.password}
            name="password"
            type="password"
            hint={t.admin.moderators.passwordHint}
            autoComplete="new-password"
            error={createErrors?.fieldErrors.password}
            required
            minLength={12}
          />
          <button type="submit">{t.admin.moderators.create}</button>
        </Form>
      </section>
    </main>
  );
}

/** Which event's scope the forms below set; a plain GET form, so that it works without client-side code. */
function ChooseEvent({ events, selectedId }: { events: LoaderData["events"]; selectedId: string }) {
  const t = useMessages();
  return (
    <Form method="get" className="admin-inline-form" aria-labelledby="choose-event-heading">
      <h3 id="choose-event-heading" className="visually-hidden">
        {t.admin.moderators.chooseEventHeading}
      </h3>
      <label htmlFor="choose-event">{t.admin.moderators.chooseEvent}</label>
      <select id="choose-event" name="event" defaultValue={selectedId} aria-describedby="choose-event-hint">
        {events.map((event) => (
          <option key={event.id} value={event.id}>
            {event.title}
          </option>
        ))}
      </select>
      <button type="submit">{t.admin.moderators.chooseEventSubmit}</button>
      <p id="choose-event-hint" className="hint">
        {t.admin.moderators.chooseEventHint}
      </p>
    </Form>
  );
}

function Moderator({
  moderator,
  selectedEvent,
}: {
  moderator: LoaderData["moderators"][number];
  selectedEvent: LoaderData["selectedEvent"];
}) {
  const t = useMessages();
  const headingId = `moderator-${moderator.id}`;
  const current = selectedEvent ? moderator.scopes.find((scope) => scope.eventId === selectedEvent.id) : undefined;
  return (
    <article aria-labelledby={headingId} className="admin-moderator">
      <h3 id={headingId}>
        {moderator.displayName} <span className="hint">({moderator.email})</span>
      </h3>
      {moderator.disabled && <p className="error">{t.admin.moderators.disabled}</p>}
      <h4>{t.admin.moderators.assignmentsHeading}</h4>
      {moderator.scopes.length === 0 ? (
        <p>{t.admin.moderators.noAssignments}</p>
      ) : (
        <ul>
          {moderator.scopes.map((scope) => (
            <li key={scope.eventId}>
              {scope.eventTitle}: {scope.wholeEvent ? t.admin.moderators.wholeEvent : scope.trackTitles.join(", ")}
            </li>
          ))}
        </ul>
      )}

      {selectedEvent && (
        // Keyed by the saved scope, so that the checkboxes show what was saved after each change.
        <Form
          method="post"
          className="stacked-form"
          key={`${selectedEvent.id}:${current?.wholeEvent}:${current?.trackIds.join(",")}`}
        >
          <input type="hidden" name="intent" value="set-moderator-scope" />
          <input type="hidden" name="userId" value={moderator.id} />
          <input type="hidden" name="eventId" value={selectedEvent.id} />
          <fieldset>
            <legend>{t.admin.moderators.scopeLegend(selectedEvent.title)}</legend>
            <p className="hint">{t.admin.moderators.scopeHint}</p>
            <Checkbox
              name="wholeEvent"
              label={t.admin.moderators.wholeEvent}
              defaultChecked={current?.wholeEvent ?? false}
            />
            {selectedEvent.tracks.map((track) => (
              <Checkbox
                key={track.id}
                name={scopeTrackField(track.id)}
                label={track.title}
                defaultChecked={current?.trackIds.includes(track.id) ?? false}
              />
            ))}
          </fieldset>
          <button type="submit">
            {t.admin.moderators.saveScope}
            <span className="visually-hidden">{t.admin.forItem(moderator.displayName)}</span>
          </button>
        </Form>
      )}

      <Form method="post" className="stacked-form">
        <input type="hidden" name="intent" value="demote-moderator" />
        <input type="hidden" name="userId" value={moderator.id} />
        <p id={`${headingId}-demote`} className="hint">
          {t.admin.moderators.demoteHint}
        </p>
        <button type="submit" aria-describedby={`${headingId}-demote`}>
          {t.admin.moderators.demote}
          <span className="visually-hidden">{t.admin.forItem(moderator.displayName)}</span>
        </button>
      </Form>
    </article>
  );
}

function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="admin-checkbox">
      <label>
        <input type="checkbox" name={name} value="on" defaultChecked={defaultChecked} /> {label}
      </label>
    </div>
  );
}
