// What the loader and action of event.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data, redirect } from "react-router";
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
import { moveTrack, updateEventDetails, updateTrackDetails } from "../../../server/admin/event-setup";
import { currentJoinCode } from "../../../server/auth/join-codes";
import { observerPath } from "../../../server/auth/observer-links";
import { publicOrigin, trackJoinUrl } from "../../../server/qr/join-link";
import { changeTrackPhase } from "../../../server/track-phases/track-phase-change";
import { formatJoinCode } from "../../../shared/join-code";
import { notFound, requireAdmin } from "../../auth/guards.server";
import {
  createObserverLinkSchema,
  eventIntentSchema,
  moveTrackSchema,
  revokeObserverLinkSchema,
  rotateJoinCodeSchema,
  setTrackPhaseSchema,
  updateEventSchema,
  updateTrackSchema,
} from "../../forms/admin-schemas";
import { parseForm, targetedFormErrors } from "../../forms/parse-form.server";
import type { Route } from "./+types/event";

export function loadAdminEvent({ context, request, params }: Route.LoaderArgs) {
  requireAdmin(context, request);
  const event = findEvent(context.db, params.eventId);
  if (!event) throw notFound();
  const origin = publicOrigin(context.publicUrl, request);
  const code = currentJoinCode(context.db, event.id);
  const tracks = listEventTracks(context.db, event.id).map((track) => ({
    id: track.id,
    slug: track.slug,
    title: track.title,
    subtopics: track.subtopics,
    phase: track.phase,
    // A link for each track's flyer or slide: it fills in the code and leads straight to the track.
    joinUrl: code ? trackJoinUrl(origin, code, { eventSlug: event.slug, trackSlug: track.slug }) : null,
  }));
  return {
    event,
    joinCode: code ? formatJoinCode(code) : null,
    tracks,
    observerLinks: listEventObserverLinks(context.db, event.id),
  };
}

export async function performAdminEventAction({ context, request, params }: Route.ActionArgs) {
  const actor = requireAdmin(context, request);
  const ctx: AdminActionContext = { db: context.db, services: context.services, actor };
  const event = findEvent(ctx.db, params.eventId);
  if (!event) throw notFound();
  const here = `/admin/events/${encodeURIComponent(event.id)}`;
  // The body can be read once only: the intent is read from a copy, the intent's own fields from the original.
  const chosen = await parseForm(request.clone(), eventIntentSchema);
  if (!chosen.ok) return targetedFormErrors(request, "page", chosen);

  /** Only tracks of this page's event may be changed here; any other id is not found. */
  const trackOfEvent = (trackId: string) => {
    const track = findEventTrack(ctx.db, event.id, trackId);
    if (!track) throw notFound();
    return track;
  };

  switch (chosen.data.intent) {
    case "update-event": {
      const form = await parseForm(request, updateEventSchema);
      if (!form.ok) return targetedFormErrors(request, "update-event", form);
      updateEventDetails(ctx, event.id, form.data);
      return redirect(here);
    }
    case "update-track": {
      const form = await parseForm(request, updateTrackSchema);
      if (!form.ok) return targetedFormErrors(request, `update-track:${chosen.data.trackId ?? ""}`, form);
      const track = trackOfEvent(form.data.trackId);
      updateTrackDetails(ctx, track.id, { title: form.data.title, subtopics: form.data.subtopics });
      return redirect(here);
    }
    case "move-track": {
      const form = await parseForm(request, moveTrackSchema);
      if (!form.ok) return targetedFormErrors(request, `move-track:${chosen.data.trackId ?? ""}`, form);
      moveTrack(ctx, trackOfEvent(form.data.trackId).id, form.data.direction);
      return redirect(here);
    }
    case "set-track-phase": {
      const form = await parseForm(request, setTrackPhaseSchema);
      if (!form.ok) return targetedFormErrors(request, `set-track-phase:${chosen.data.trackId ?? ""}`, form);
      changeTrackPhase(ctx, trackOfEvent(form.data.trackId).id, form.data.phase);
      return redirect(here);
    }
    case "rotate-join-code": {
      const form = await parseForm(request, rotateJoinCodeSchema);
      if (!form.ok) return targetedFormErrors(request, "rotate-join-code", form);
      rotateEventJoinCode(ctx, event.id);
      // No redirect: the page is loaded again anyway, and the answer names the new code (issue #14.7).
      const code = currentJoinCode(ctx.db, event.id);
      return { done: "rotated" as const, code: code ? formatJoinCode(code) : "" };
    }
    case "create-observer-link": {
      const form = await parseForm(request, createObserverLinkSchema);
      if (!form.ok) return targetedFormErrors(request, "create-observer-link", form);
      const trackId = form.data.trackId === null ? null : trackOfEvent(form.data.trackId).id;
      const link = createEventObserverLink(ctx, event.id, { trackId, label: form.data.label });
      // Only a hash of the token is stored: this answer is the one time the link can be shown. It must
      // not be cached, and it is not a redirect (the page after a redirect could not know the token).
      const createdLink = `${new URL(request.url).origin}${observerPath(link.token)}`;
      return data({ createdLink }, { headers: { "Cache-Control": "no-store" } });
    }
    case "revoke-observer-link": {
      const form = await parseForm(request, revokeObserverLinkSchema);
      if (!form.ok) return targetedFormErrors(request, "revoke-observer-link", form);
      const link = findEventObserverLink(ctx.db, event.id, form.data.linkId);
      if (!link) throw notFound();
      revokeEventObserverLink(ctx, link.id);
      return redirect(here);
    }
  }
}
