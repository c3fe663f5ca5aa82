// What the loader and action of track-state.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data, redirect } from "react-router";
import type { PhaseRefusal } from "../../server/track-phases/phase-context";
import { changeTrackPhase } from "../../server/track-phases/track-phase-change";
import { readTrackState } from "../../server/track-phases/track-state";
import { startTrackTimer, stopTrackTimer } from "../../server/track-phases/track-timer";
import { requireTrackAccess } from "../auth/track-access.server";
import { parseForm } from "../forms/parse-form.server";
import { refusalsFrom } from "../forms/refusal";
import { phaseSchema, timerStartSchema, workshopIntentSchema } from "../forms/workshop-schemas";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/track-state";

const STATUS: Record<PhaseRefusal, 400 | 403 | 404> = { forbidden: 403, "not-found": 404, "invalid-timer": 400 };

export function loadTrackState(args: Route.LoaderArgs) {
  const { track } = requireTrackAccess(args.context, args.request, args.params);
  const state = readTrackState(args.context.db, track.id);
  if (!state) throw data(null, { status: 404 });
  return state;
}

export async function performTrackStateAction(args: Route.ActionArgs) {
  const { context, request } = args;
  const refuse = refusalsFrom(messagesFor(request).workshop.errors);
  const { principal, track } = requireTrackAccess(args.context, args.request, args.params);
  const ctx = { db: context.db, services: context.services, actor: principal };
  // The body can be read once only: the intent is read from a copy, the intent's own fields from the original.
  const chosen = await parseForm(request.clone(), workshopIntentSchema);
  if (!chosen.ok) return refuse("invalid", 400);

  let result: { ok: true } | { ok: false; reason: PhaseRefusal };
  switch (chosen.data.intent) {
    case "phase": {
      const form = await parseForm(request, phaseSchema);
      if (!form.ok) return refuse("invalid", 400);
      result = changeTrackPhase(ctx, track.id, form.data.phase);
      break;
    }
    case "timer-start": {
      const form = await parseForm(request, timerStartSchema);
      if (!form.ok) return refuse("invalid-timer", 400, form.fieldErrors);
      result = startTrackTimer(ctx, track.id, form.data.minutes);
      break;
    }
    case "timer-stop":
      result = stopTrackTimer(ctx, track.id);
      break;
  }
  if (!result.ok) return refuse(result.reason, STATUS[result.reason]);
  // A browser without JavaScript posted the form as a page: it goes back to the track page.
  if (request.headers.get("Sec-Fetch-Mode") === "navigate") {
    throw redirect(`/events/${encodeURIComponent(track.event.slug)}/tracks/${encodeURIComponent(track.slug)}`);
  }
  return readTrackState(context.db, track.id);
}
