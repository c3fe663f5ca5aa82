// What the loader and action of event-plenary.tsx do, in a .server module so that none of the server's
// values reach the browser bundle (decision 016).
import { moderatesInEvent } from "../../server/auth/principal";
import {
  answerComment,
  closePlenary,
  giveVoice,
  openPlenary,
  type PlenaryResult,
  projectEntry,
} from "../../server/plenary/plenary";
import { audienceOf, ownVoices, plenaryView } from "../../server/plenary/plenary-view";
import { requirePlenaryAccess } from "../auth/plenary-access.server";
import { editorPath, publishPath } from "../components/fahrplan/paths";
import { parseForm } from "../forms/parse-form.server";
import { answerSchema, plenaryIntentSchema, projectSchema, voiceSchema } from "../forms/plenary-schemas";
import { refusalsFrom } from "../forms/refusal";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/event-plenary";

/** The plenary page's first view (the stream keeps it current), the caller's own voices, and where to go. */
export function loadPlenary({ context, params, request }: Route.LoaderArgs) {
  const { principal, event, role } = requirePlenaryAccess(context, request, params.eventSlug);
  const eventPath = `/events/${encodeURIComponent(event.slug)}/plenum`;
  return {
    event: { id: event.id, slug: event.slug, title: event.title },
    role,
    view: plenaryView(context.db, event.id, audienceOf(role)),
    own: principal.kind === "participant" ? ownVoices(context.db, event.id, principal.participantId) : {},
    participantId: principal.kind === "participant" ? principal.participantId : null,
    streamUrl: `/api/events/${encodeURIComponent(event.id)}/plenary/stream`,
    projectorUrl: `${eventPath}/projector`,
    editorUrl: role === "moderator" ? editorPath(event.id) : null,
    publishUrl: role === "moderator" ? publishPath(event.id) : null,
  };
}

/**
 * The plenary's intents: participants give voices; the event's moderators open, close, project and
 * answer. Each success tells the followers (server/plenary/plenary-hub.ts) and says what was done.
 */
export async function performPlenaryAction({ context, params, request }: Route.ActionArgs) {
  const { principal, event } = requirePlenaryAccess(context, request, params.eventSlug);
  const refuse = refusalsFrom(messagesFor(request).plenary.refusals);
  const chosen = await parseForm(request.clone(), plenaryIntentSchema);
  if (!chosen.ok) return refuse("invalid-input", 400);
  const intent = chosen.data.intent;
  const settle = (result: PlenaryResult<unknown>) => {
    if (!result.ok) return refuse(result.reason, result.reason === "not-found" ? 404 : 409);
    context.services.plenary.changed(event.id);
    return { done: intent };
  };

  if (intent === "voice") {
    // Only participants of this event have a voice; the voter is the session's participant, never a form field.
    if (principal.kind !== "participant") return refuse("forbidden", 403);
    const form = await parseForm(request, voiceSchema);
    if (!form.ok) return refuse("invalid-input", 400, form.fieldErrors);
    return settle(giveVoice(context.db, principal, form.data));
  }

  if (!moderatesInEvent(principal, event.id)) return refuse("forbidden", 403);
  const ctx = { db: context.db, actor: principal, eventId: event.id };
  switch (intent) {
    case "open":
      return settle(openPlenary(ctx));
    case "close":
      return settle(closePlenary(ctx));
    case "project": {
      const form = await parseForm(request, projectSchema);
      if (!form.ok) return refuse("invalid-input", 400);
      return settle(projectEntry(ctx, form.data.entryId || null));
    }
    case "answer": {
      const form = await parseForm(request, answerSchema);
      if (!form.ok) return refuse("invalid-input", 400, form.fieldErrors);
      const { entryId, participantId, reply, resolved } = form.data;
      return settle(answerComment(ctx, { entryId, participantId, reply, resolved: resolved === "on" }));
    }
  }
}
