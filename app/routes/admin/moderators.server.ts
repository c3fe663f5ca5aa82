// What the loader and action of moderators.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { redirect } from "react-router";
import { findEvent, isModeratorAccount, listEventTracks } from "../../../db/queries/administration";
import { listEventsWithTracks } from "../../../db/queries/tracks";
import type { AdminActionContext } from "../../../server/admin/admin-context";
import { createModerator, demoteModerator, listModerators, setModeratorScope } from "../../../server/admin/moderators";
import { AccountError } from "../../../server/auth/accounts";
import { notFound, requireAdmin } from "../../auth/guards.server";
import type { ScopeSummary } from "../../components/admin/moderator-entry";
import { scopeTrackField } from "../../components/admin/scope-track-field";
import {
  createModeratorSchema,
  demoteModeratorSchema,
  moderatorScopeSchema,
  moderatorsIntentSchema,
  scopeTracksSchema,
} from "../../forms/admin-schemas";
import { parseForm, targetedFormErrors } from "../../forms/parse-form.server";
import { messagesFor } from "../../i18n/locale.server";
import type { Route } from "./+types/moderators";

export function loadAdminModerators({ context, request }: Route.LoaderArgs) {
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

export async function performAdminModeratorsAction({ context, request }: Route.ActionArgs) {
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
