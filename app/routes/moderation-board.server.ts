import { data, redirect } from "react-router";
import { findEvent } from "../../db/queries/administration";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { moderatesInEvent } from "../../server/auth/principal";
import {
  addSources,
  adoptContributions,
  decideContribution,
  putBack,
  undoLastAction,
} from "../../server/fahrplan/curation";
import type { CurationContext, CurationRefusal, CurationResult } from "../../server/fahrplan/curation-context";
import { requireAccount, requireModeratorIn } from "../auth/guards.server";
import { loadBoardData } from "../components/board/board-data.server";
import { withinEvent } from "../components/board/board-filter";
import {
  addToEntrySchema,
  adoptSchema,
  type BoardIntent,
  boardIntentSchema,
  duplicateSchema,
  mergeSuggestionSchema,
  parseBoardFilters,
  putBackSchema,
  rejectSchema,
  undoSchema,
} from "../forms/board-schemas";
import { type FormErrors, parseForm } from "../forms/parse-form.server";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/moderation-board";

/** Why the board refused a submission: a malformed form, or one of curation's refusal codes. */
const BOARD_PATH = "/moderation/board";

export type BoardRefusalReason = "malformed" | CurationRefusal;

/**
 * What was done, by its intent (the page says it in words), or a refusal that carries its words already,
 * in the visitor's language: there is one alert for all forms.
 */
export type BoardOutcome = { ok: true; done: BoardIntent } | { ok: false; reason: BoardRefusalReason; message: string };

/**
 * Runs the submitted intent with the curation functions (server/fahrplan/curation.ts), which check that
 * every id belongs to `ctx.eventId`. Who may act was checked by the caller; nothing here reads the event
 * from the form.
 */
export async function performBoardIntent(ctx: CurationContext, request: Request): Promise<BoardOutcome> {
  const t = messagesFor(request);
  /** The first problem of a refused form, to show at the top of the page. */
  const malformed = (form: FormErrors): BoardOutcome => {
    const message = form.formError ?? Object.values(form.fieldErrors)[0] ?? t.board.errors.malformed;
    return { ok: false, reason: "malformed", message };
  };
  // The body can be read once only: the intent is read from a copy, the intent's own fields from the original.
  const chosen = await parseForm(request.clone(), boardIntentSchema);
  if (!chosen.ok) return malformed(chosen);

  /** A domain answer without its value: the board only needs to know whether it worked. */
  const settled = (result: CurationResult<unknown>): BoardOutcome =>
    result.ok
      ? { ok: true, done: chosen.data.intent }
      : { ok: false, reason: result.reason, message: t.fahrplan.curationRefusals[result.reason] };

  switch (chosen.data.intent) {
    case "adopt": {
      const form = await parseForm(request, adoptSchema);
      return form.ok ? settled(adoptContributions(ctx, form.data.contributionIds)) : malformed(form);
    }
    case "merge-suggestion": {
      const form = await parseForm(request, mergeSuggestionSchema);
      return form.ok ? settled(adoptContributions(ctx, form.data.contributionIds)) : malformed(form);
    }
    case "add-to-entry": {
      const form = await parseForm(request, addToEntrySchema);
      return form.ok ? settled(addSources(ctx, form.data.entryId, form.data.contributionIds)) : malformed(form);
    }
    case "reject": {
      const form = await parseForm(request, rejectSchema);
      if (!form.ok) return malformed(form);
      return settled(decideContribution(ctx, form.data.contributionId, { kind: "rejected", reason: form.data.reason }));
    }
    case "duplicate": {
      const form = await parseForm(request, duplicateSchema);
      if (!form.ok) return malformed(form);
      const { contributionId, duplicateOfId } = form.data;
      return settled(decideContribution(ctx, contributionId, { kind: "duplicate", duplicateOfId }));
    }
    case "put-back": {
      const form = await parseForm(request, putBackSchema);
      return form.ok ? settled(putBack(ctx, form.data.contributionId)) : malformed(form);
    }
    case "undo": {
      const form = await parseForm(request, undoSchema);
      return form.ok ? settled(undoLastAction(ctx)) : malformed(form);
    }
  }
}

/** Malformed forms are 400, unknown ids 404, everything the current state forbids 409. */
export function statusOf(reason: BoardRefusalReason): 400 | 404 | 409 {
  if (reason === "malformed") return 400;
  return reason === "not-found" ? 404 : 409;
}

export function loadModerationBoard({ context, request }: Route.LoaderArgs) {
  const account = requireAccount(context, request);
  const url = new URL(request.url);
  const moderated = listEventsWithTracks(context.db).filter((event) => moderatesInEvent(account, event.id));
  const eventId = url.searchParams.get("event") || moderated[0]?.id;
  // Nothing to moderate: the moderation page says so.
  if (!eventId) throw redirect("/moderation");
  requireModeratorIn(context, request, eventId);
  const event = moderated.find((each) => each.id === eventId);
  if (!event) throw data(null, { status: 404 });

  const filters = withinEvent(
    parseBoardFilters(url.searchParams),
    event.tracks.map((track) => track.id),
  );
  // Posting back to the page as it is (filters included), with the event made explicit.
  url.searchParams.set("event", event.id);
  return {
    event: { id: event.id, title: event.title },
    events: moderated.map(({ id, title }) => ({ id, title })),
    tracks: event.tracks.map(({ id, title }) => ({ id, title })),
    filters,
    ...loadBoardData(context.db, event.id, filters, context.services.glossaries.forEvent(event.slug)),
    action: `${BOARD_PATH}?${url.searchParams}`,
    refreshedAt: new Date().toISOString(),
  };
}

export async function performModerationBoardAction({ context, request }: Route.ActionArgs) {
  const url = new URL(request.url);
  const eventId = url.searchParams.get("event");
  if (!eventId) {
    requireAccount(context, request);
    return data({ error: messagesFor(request).board.errors.noEvent, reason: "malformed" as const }, { status: 400 });
  }
  const account = requireModeratorIn(context, request, eventId);
  // Admins moderate every event, even one that does not exist; the curation functions expect a real one.
  if (!findEvent(context.db, eventId)) throw data(null, { status: 404 });

  const outcome = await performBoardIntent({ db: context.db, actor: account, eventId }, request);
  // Adopting, merging or putting back changes the draft the closing plenary shows (ADR 020).
  if (outcome.ok) context.services.plenary.changed(eventId);
  // No redirect: the page's data is loaded again anyway, and the answer says what was done (issue #14.7).
  if (outcome.ok) return { done: outcome.done };
  return data({ error: outcome.message, reason: outcome.reason }, { status: statusOf(outcome.reason) });
}
