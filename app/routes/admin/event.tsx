import { type TextareaHTMLAttributes, useId } from "react";
import { data, Form, Link, redirect } from "react-router";
import {
  findEvent,
  findEventObserverLink,
  findEventTrack,
  listEventObserverLinks,
  listEventTracks,
} from "../../../db/queries/administration";
import type { AdminActionContext } from "../../../server/admin/admin-context";
import {
  createEventObserverLink,
  revokeEventObserverLink,
  rotateEventJoinCode,
} from "../../../server/admin/event-access";
import { moveTrack, setTrackLocked, updateEventDetails, updateTrackDetails } from "../../../server/admin/event-setup";
import { currentJoinCode } from "../../../server/auth/join-codes";
import { observerPath } from "../../../server/auth/observer-links";
import { formatJoinCode } from "../../../shared/join-code";
import { requireAdmin } from "../../auth/guards.server";
import { FormError, FormField } from "../../components/form-field";
import {
  adminFormErrors,
  createObserverLinkSchema,
  eventIntentSchema,
  moveTrackSchema,
  revokeObserverLinkSchema,
  rotateJoinCodeSchema,
  setTrackLockedSchema,
  updateEventSchema,
  updateTrackSchema,
} from "../../forms/admin-schemas";
import { parseForm } from "../../forms/parse-form.server";
import { de, useMessages } from "../../i18n/messages";
import type { Route } from "./+types/event";
import "../../admin.css";

export function meta() {
  return [{ title: `${de.admin.event.title} – Fahrplan` }];
}

function notFound() {
  return data(null, { status: 404 });
}

export function loader({ context, request, params }: Route.LoaderArgs) {
  requireAdmin(context, request);
  const event = findEvent(context.db, params.eventId);
  if (!event) throw notFound();
  const origin = new URL(request.url).origin;
  const code = currentJoinCode(context.db, event.id);
  const tracks = listEventTracks(context.db, event.id).map((track) => {
    const trackPath = `/events/${event.slug}/tracks/${track.slug}`;
    return {
      id: track.id,
      title: track.title,
      subtopics: track.subtopics,
      locked: track.locked,
      // A link for each track's flyer or slide: it fills in the code and leads straight to the track.
      joinUrl: code
        ? `${origin}/join?code=${encodeURIComponent(code)}&redirectTo=${encodeURIComponent(trackPath)}`
        : null,
    };
  });
  return {
    event,
    joinCode: code ? formatJoinCode(code) : null,
    tracks,
    observerLinks: listEventObserverLinks(context.db, event.id),
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireAdmin(context, request);
  const ctx: AdminActionContext = { db: context.db, services: context.services, actor };
  const event = findEvent(ctx.db, params.eventId);
  if (!event) throw notFound();
  const here = `/admin/events/${encodeURIComponent(event.id)}`;
  // The body can be read once only: the intent is read from a copy, the intent's own fields from the original.
  const chosen = await parseForm(request.clone(), eventIntentSchema);
  if (!chosen.ok) return adminFormErrors("page", chosen);

  /** Only tracks of this page's event may be changed here; any other id is not found. */
  const trackOfEvent = (trackId: string) => {
    const track = findEventTrack(ctx.db, event.id, trackId);
    if (!track) throw notFound();
    return track;
  };

  switch (chosen.data.intent) {
    case "update-event": {
      const form = await parseForm(request, updateEventSchema);
      if (!form.ok) return adminFormErrors("update-event", form);
      updateEventDetails(ctx, event.id, form.data);
      return redirect(here);
    }
    case "update-track": {
      const form = await parseForm(request, updateTrackSchema);
      if (!form.ok) return adminFormErrors(`update-track:${chosen.data.trackId ?? ""}`, form);
      const track = trackOfEvent(form.data.trackId);
      updateTrackDetails(ctx, track.id, { title: form.data.title, subtopics: form.data.subtopics });
      return redirect(here);
    }
    case "move-track": {
      const form = await parseForm(request, moveTrackSchema);
      if (!form.ok) return adminFormErrors(`move-track:${chosen.data.trackId ?? ""}`, form);
      moveTrack(ctx, trackOfEvent(form.data.trackId).id, form.data.direction);
      return redirect(here);
    }
    case "set-track-locked": {
      const form = await parseForm(request, setTrackLockedSchema);
      if (!form.ok) return adminFormErrors(`set-track-locked:${chosen.data.trackId ?? ""}`, form);
      setTrackLocked(ctx, trackOfEvent(form.data.trackId).id, form.data.locked);
      return redirect(here);
    }
    case "rotate-join-code": {
      const form = await parseForm(request, rotateJoinCodeSchema);
      if (!form.ok) return adminFormErrors("rotate-join-code", form);
      rotateEventJoinCode(ctx, event.id);
      return redirect(here);
    }
    case "create-observer-link": {
      const form = await parseForm(request, createObserverLinkSchema);
      if (!form.ok) return adminFormErrors("create-observer-link", form);
      const trackId = form.data.trackId === null ? null : trackOfEvent(form.data.trackId).id;
      const link = createEventObserverLink(ctx, event.id, { trackId, label: form.data.label });
      // Only a hash of the token is stored: this answer is the one time the link can be shown. It must
      // not be cached, and it is not a redirect (the page after a redirect could not know the token).
      const createdLink = `${new URL(request.url).origin}${observerPath(link.token)}`;
      return data({ createdLink }, { headers: { "Cache-Control": "no-store" } });
    }
    case "revoke-observer-link": {
      const form = await parseForm(request, revokeObserverLinkSchema);
      if (!form.ok) return adminFormErrors("revoke-observer-link", form);
      const link = findEventObserverLink(ctx.db, event.id, form.data.linkId);
      if (!link) throw notFound();
      revokeEventObserverLink(ctx, link.id);
      return redirect(here);
    }
  }
}

type LoaderData = Route.ComponentProps["loaderData"];
type Rejection = { fieldErrors: Record<string, string>; formError: string | null };

export default function AdminEvent({ loaderData, actionData }: Route.ComponentProps) {
  const t = useMessages();
  const { event, tracks } = loaderData;
  const rejected = actionData && "target" in actionData ? actionData : null;
  /** The errors of one of the page's forms, if the last submission was that form's and was refused. */
  const errorsOf = (target: string): Rejection | null => (rejected?.target === target ? rejected : null);
  const createdLink = actionData && "createdLink" in actionData ? actionData.createdLink : null;

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

      <EventDetails event={event} errors={errorsOf("update-event")} />
      <Tracks tracks={tracks} errorsOf={errorsOf} />
      <JoinCode joinCode={loaderData.joinCode} tracks={tracks} errors={errorsOf("rotate-join-code")} />
      <ObserverLinks
        observerLinks={loaderData.observerLinks}
        tracks={tracks}
        createdLink={createdLink}
        errorsOf={errorsOf}
      />
    </main>
  );
}

function EventDetails({ event, errors }: { event: LoaderData["event"]; errors: Rejection | null }) {
  const t = useMessages();
  return (
    <section aria-labelledby="details-heading" className="admin-section">
      <h2 id="details-heading">{t.admin.event.detailsHeading}</h2>
      {/* Keyed by the saved values, so that the fields show what was saved after each change. */}
      <Form
        method="post"
        className="card stacked-form"
        noValidate
        key={`${event.title}\n${event.startsOn}\n${event.venue}`}
      >
        <input type="hidden" name="intent" value="update-event" />
        <FormError message={errors?.formError} />
        <FormField
          label={t.admin.event.eventTitle}
          name="title"
          defaultValue={event.title}
          error={errors?.fieldErrors.title}
          required
          maxLength={200}
        />
        <FormField
          label={t.admin.event.startsOn}
          name="startsOn"
          type="date"
          defaultValue={event.startsOn}
          error={errors?.fieldErrors.startsOn}
          required
        />
        <FormField
          label={t.admin.event.venue}
          name="venue"
          defaultValue={event.venue}
          error={errors?.fieldErrors.venue}
          required
          maxLength={200}
        />
        <button type="submit">{t.admin.event.saveDetails}</button>
      </Form>
    </section>
  );
}

function Tracks({
  tracks,
  errorsOf,
}: {
  tracks: LoaderData["tracks"];
  errorsOf: (target: string) => Rejection | null;
}) {
  const t = useMessages();
  return (
    <section aria-labelledby="tracks-heading" className="admin-section">
      <h2 id="tracks-heading">{t.admin.event.tracksHeading}</h2>
      {tracks.length === 0 ? (
        <p>{t.admin.event.noTracks}</p>
      ) : (
        <div className="admin-table-wrapper">
          <table className="admin-table" aria-labelledby="tracks-heading">
            <thead>
              <tr>
                <th scope="col">{t.admin.event.positionColumn}</th>
                <th scope="col">{t.admin.event.trackColumn}</th>
                <th scope="col">{t.admin.event.orderColumn}</th>
                <th scope="col">{t.admin.event.stateColumn}</th>
              </tr>
            </thead>
            <tbody>
              {tracks.map((track, index) => (
                <TrackRow
                  key={track.id}
                  track={track}
                  position={index + 1}
                  isLast={index === tracks.length - 1}
                  errorsOf={errorsOf}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">{t.admin.event.lockHint}</p>
    </section>
  );
}

function TrackRow({
  track,
  position,
  isLast,
  errorsOf,
}: {
  track: LoaderData["tracks"][number];
  position: number;
  isLast: boolean;
  errorsOf: (target: string) => Rejection | null;
}) {
  const t = useMessages();
  const editErrors = errorsOf(`update-track:${track.id}`);
  const moveError = errorsOf(`move-track:${track.id}`)?.formError;
  const lockError = errorsOf(`set-track-locked:${track.id}`)?.formError;
  // Buttons in a table need the track's name, for screen readers, beyond their visible word.
  const forTrack = <span className="visually-hidden">{t.admin.forItem(track.title)}</span>;
  return (
    <tr>
      <td>{position}</td>
      <td>
        <Form method="post" className="stacked-form" noValidate key={`${track.title}\n${track.subtopics.join("\n")}`}>
          <input type="hidden" name="intent" value="update-track" />
          <input type="hidden" name="trackId" value={track.id} />
          <FormError message={editErrors?.formError} />
          <FormField
            label={t.admin.event.trackTitle}
            name="title"
            defaultValue={track.title}
            error={editErrors?.fieldErrors.title}
            required
            maxLength={200}
          />
          <TextAreaField
            label={t.admin.event.subtopics}
            name="subtopics"
            hint={t.admin.event.subtopicsHint}
            error={editErrors?.fieldErrors.subtopics}
            defaultValue={track.subtopics.join("\n")}
            rows={Math.max(3, track.subtopics.length + 1)}
          />
          <button type="submit">
            {t.admin.event.saveTrack}
            {forTrack}
          </button>
        </Form>
      </td>
      <td>
        <Form method="post" className="admin-button-column">
          <input type="hidden" name="intent" value="move-track" />
          <input type="hidden" name="trackId" value={track.id} />
          <FormError message={moveError} />
          {/* The pressed button sends the direction. */}
          <button type="submit" name="direction" value="up" disabled={position === 1}>
            {t.admin.event.moveUp}
            {forTrack}
          </button>
          <button type="submit" name="direction" value="down" disabled={isLast}>
            {t.admin.event.moveDown}
            {forTrack}
          </button>
        </Form>
      </td>
      <td>
        <p className={track.locked ? "admin-state admin-state-locked" : "admin-state"}>
          {track.locked ? t.admin.event.locked : t.admin.event.open}
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value="set-track-locked" />
          <input type="hidden" name="trackId" value={track.id} />
          <input type="hidden" name="locked" value={String(!track.locked)} />
          <FormError message={lockError} />
          <button type="submit">
            {track.locked ? t.admin.event.unlock : t.admin.event.lock}
            {forTrack}
          </button>
        </Form>
      </td>
    </tr>
  );
}

function JoinCode({
  joinCode,
  tracks,
  errors,
}: {
  joinCode: string | null;
  tracks: LoaderData["tracks"];
  errors: Rejection | null;
}) {
  const t = useMessages();
  return (
    <section aria-labelledby="join-heading" className="admin-section">
      <h2 id="join-heading">{t.admin.event.joinHeading}</h2>
      {joinCode ? (
        <p>
          {t.admin.event.currentCode} <strong className="admin-code">{joinCode}</strong>
        </p>
      ) : (
        <p>{t.admin.event.noCode}</p>
      )}
      {joinCode && tracks.length > 0 && (
        <>
          <h3>{t.admin.event.joinLinksHeading}</h3>
          <p className="hint">{t.admin.event.joinLinksHint}</p>
          <ul className="admin-link-list">
            {tracks.map(
              (track) =>
                track.joinUrl && (
                  <li key={track.id}>
                    {track.title}: <a href={track.joinUrl}>{track.joinUrl}</a>
                  </li>
                ),
            )}
          </ul>
        </>
      )}
      <Form method="post" className="stacked-form">
        <input type="hidden" name="intent" value="rotate-join-code" />
        <FormError message={errors?.formError} />
        <p id="rotate-hint">{t.admin.event.rotateHint}</p>
        <button type="submit" aria-describedby="rotate-hint">
          {t.admin.event.rotateCode}
        </button>
      </Form>
    </section>
  );
}

function ObserverLinks({
  observerLinks,
  tracks,
  createdLink,
  errorsOf,
}: {
  observerLinks: LoaderData["observerLinks"];
  tracks: LoaderData["tracks"];
  createdLink: string | null;
  errorsOf: (target: string) => Rejection | null;
}) {
  const t = useMessages();
  const trackTitle = (trackId: string | null) =>
    trackId === null ? t.admin.event.allTracks : (tracks.find((track) => track.id === trackId)?.title ?? trackId);
  const createErrors = errorsOf("create-observer-link");
  const scopeId = useId();
  return (
    <section aria-labelledby="observers-heading" className="admin-section">
      <h2 id="observers-heading">{t.admin.event.observersHeading}</h2>
      <p>{t.admin.event.observersIntro}</p>
      <FormError message={errorsOf("revoke-observer-link")?.formError} />
      {observerLinks.length === 0 ? (
        <p>{t.admin.event.noObserverLinks}</p>
      ) : (
        <div className="admin-table-wrapper">
          <table className="admin-table" aria-labelledby="observers-heading">
            <thead>
              <tr>
                <th scope="col">{t.admin.event.labelColumn}</th>
                <th scope="col">{t.admin.event.scopeColumn}</th>
                <th scope="col">{t.admin.event.createdColumn}</th>
                <th scope="col">{t.admin.event.revokedColumn}</th>
              </tr>
            </thead>
            <tbody>
              {observerLinks.map((link) => (
                <tr key={link.id}>
                  <td>{link.label}</td>
                  <td>{trackTitle(link.trackId)}</td>
                  <td>{t.admin.dateTime(link.createdAt)}</td>
                  <td>
                    {link.revokedAt ? (
                      t.admin.event.revokedAt(t.admin.dateTime(link.revokedAt))
                    ) : (
                      <Form method="post" className="admin-inline-form">
                        <span>{t.admin.event.active}</span>
                        <input type="hidden" name="intent" value="revoke-observer-link" />
                        <input type="hidden" name="linkId" value={link.id} />
                        <button type="submit">
                          {t.admin.event.revoke}
                          <span className="visually-hidden">{t.admin.forItem(link.label)}</span>
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {createdLink && (
        <div className="notice admin-notice" role="status">
          <h3>{t.admin.event.createdObserverHeading}</h3>
          <p>
            <code className="admin-secret">{createdLink}</code>
          </p>
          <p>{t.admin.event.createdObserverHint}</p>
        </div>
      )}

      <h3 id="create-observer-heading">{t.admin.event.createObserverHeading}</h3>
      {/* Keyed by the number of links, so that the form is emptied once a link was created. */}
      <Form
        method="post"
        className="card stacked-form"
        aria-labelledby="create-observer-heading"
        noValidate
        key={observerLinks.length}
      >
        <input type="hidden" name="intent" value="create-observer-link" />
        <FormError message={createErrors?.formError} />
        <FormField
          label={t.admin.event.observerLabel}
          name="label"
          hint={t.admin.event.observerLabelHint}
          error={createErrors?.fieldErrors.label}
          required
          maxLength={100}
        />
        <div className="form-field">
          <label htmlFor={scopeId}>{t.admin.event.observerScope}</label>
          <select id={scopeId} name="trackId" defaultValue="">
            <option value="">{t.admin.event.allTracks}</option>
            {tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {track.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.admin.event.createObserver}</button>
      </Form>
    </section>
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  name: string;
  hint?: string;
  error?: string | null;
}

/** Like FormField, for several lines: a labelled textarea with its hint and error. */
function TextAreaField({ label, name, hint, error, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </div>
  );
}
