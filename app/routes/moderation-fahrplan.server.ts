import { data, redirect } from "react-router";
import { putBack, splitEntry, undoLastAction } from "../../server/fahrplan/curation";
import type { CurationContext, CurationResult } from "../../server/fahrplan/curation-context";
import { lastUndoableAction } from "../../server/fahrplan/curation-log";
import { moveEntry, updateEntry } from "../../server/fahrplan/entry-editing";
import { loadRoadmap } from "../../server/fahrplan/roadmap";
import { addSection, moveSection, renameSection } from "../../server/fahrplan/sections";
import { listVersions } from "../../server/fahrplan/versions";
import { moderatedEventOf } from "../auth/moderated-event.server";
import type { FahrplanRefusal } from "../components/fahrplan/action-data";
import { editorPath } from "../components/fahrplan/paths";
import {
  addSectionSchema,
  emptySchema,
  entryFieldsOf,
  fahrplanIntentSchema,
  moveEntrySchema,
  moveEntryStepSchema,
  moveSectionSchema,
  putBackSchema,
  renameSectionSchema,
  splitSchema,
  typedEntrySchema,
  updateEntrySchema,
} from "../forms/fahrplan-schemas";
import { type FormResult, parseForm } from "../forms/parse-form.server";
import { messagesFor } from "../i18n/locale.server";
import type { Messages } from "../i18n/messages";
import type { Route } from "./+types/moderation-fahrplan";

/** The intents of the Fahrplan editor (/moderation/fahrplan), one per form on the page. */

/** A refusal with its words, for the part of the page it belongs to. */
function refuse(status: 400 | 404 | 409, target: string, error: string, more: Partial<FahrplanRefusal> = {}) {
  return data<FahrplanRefusal>({ error, target, fieldErrors: {}, values: null, conflict: null, ...more }, { status });
}

/** A form that did not pass its schema: 400, with the errors per field (already in the visitor's language). */
function invalidForm(t: Messages["fahrplan"], target: string, form: Extract<FormResult<unknown>, { ok: false }>) {
  return refuse(400, target, form.formError ?? t.refusals.invalidForm, { fieldErrors: form.fieldErrors });
}

/** Success leads back to the editor (so that reloading does not post again); refusals keep their reason. */
function answer(t: Messages["fahrplan"], result: CurationResult<unknown>, here: string, target: string) {
  if (result.ok) return redirect(here);
  return refuse(result.reason === "not-found" ? 404 : 409, target, t.curationRefusals[result.reason]);
}

/**
 * Runs the submitted intent with the curation functions, which check that every id belongs to the
 * event of `ctx`. Success leads back to the editor at `here`; a refusal answers in the visitor's language.
 */
export async function performFahrplanIntent(ctx: CurationContext, request: Request, here: string) {
  const t = messagesFor(request).fahrplan;
  // The body can be read once only: the intent is read from a copy, the intent's own fields from the original.
  const chosen = await parseForm(request.clone(), fahrplanIntentSchema);
  if (!chosen.ok) return invalidForm(t, "page", chosen);
  const entryTarget = `entry:${chosen.data.entryId ?? ""}`;
  const sectionTarget = `section:${chosen.data.sectionId ?? ""}`;

  switch (chosen.data.intent) {
    case "update-entry":
      return saveEntry(t, ctx, request, here, entryTarget);
    case "move-entry": {
      const form = await parseForm(request, moveEntrySchema);
      if (!form.ok) return invalidForm(t, entryTarget, form);
      // Without a position ("Verschieben nach"): after the last entry; moveEntry clamps to the end.
      const position = form.data.position ?? Number.MAX_SAFE_INTEGER;
      return answer(t, moveEntry(ctx, form.data.entryId, form.data.sectionId, position), here, entryTarget);
    }
    case "move-entry-step": {
      const form = await parseForm(request, moveEntryStepSchema);
      if (!form.ok) return invalidForm(t, entryTarget, form);
      return moveEntryOneStep(t, ctx, form.data.entryId, form.data.direction, here, entryTarget);
    }
    case "split": {
      const form = await parseForm(request, splitSchema);
      if (!form.ok) return invalidForm(t, entryTarget, form);
      return answer(t, splitEntry(ctx, form.data.entryId, form.data.contributionIds), here, entryTarget);
    }
    case "put-back": {
      const form = await parseForm(request, putBackSchema);
      if (!form.ok) return invalidForm(t, entryTarget, form);
      return answer(t, putBack(ctx, form.data.contributionId), here, entryTarget);
    }
    case "undo": {
      const form = await parseForm(request, emptySchema);
      if (!form.ok) return invalidForm(t, "page", form);
      return answer(t, undoLastAction(ctx), here, "page");
    }
    case "add-section": {
      const form = await parseForm(request, addSectionSchema);
      if (!form.ok) return invalidForm(t, "add-section", form);
      return answer(t, addSection(ctx, form.data.title), here, "add-section");
    }
    case "rename-section": {
      const form = await parseForm(request, renameSectionSchema);
      if (!form.ok) return invalidForm(t, sectionTarget, form);
      return answer(t, renameSection(ctx, form.data.sectionId, form.data.title), here, sectionTarget);
    }
    case "move-section": {
      const form = await parseForm(request, moveSectionSchema);
      if (!form.ok) return invalidForm(t, sectionTarget, form);
      return answer(t, moveSection(ctx, form.data.sectionId, form.data.direction), here, sectionTarget);
    }
  }
}

/**
 * Saves an entry's fields. A refused or conflicting save answers with the values as typed, so that the
 * form shows them again and nothing typed is lost; a conflict also with the entry as it is saved now.
 */
async function saveEntry(
  t: Messages["fahrplan"],
  ctx: CurationContext,
  request: Request,
  here: string,
  target: string,
) {
  const typed = await parseForm(request.clone(), typedEntrySchema);
  const values = typed.ok ? typed.data : null;
  const form = await parseForm(request, updateEntrySchema);
  if (!form.ok) {
    return refuse(400, target, form.formError ?? t.refusals.invalidForm, { fieldErrors: form.fieldErrors, values });
  }
  const { entryId, version } = form.data;
  const result = updateEntry(ctx, entryId, version, entryFieldsOf(form.data));
  if (!result.ok && result.reason === "conflict") {
    return refuse(409, target, t.curationRefusals.conflict, {
      values,
      conflict: { entryId, current: result.current },
    });
  }
  return answer(t, result, here, target);
}

/** "Nach oben"/"Nach unten": one place within the entry's section; at either end there is nowhere to go. */
function moveEntryOneStep(
  t: Messages["fahrplan"],
  ctx: CurationContext,
  entryId: string,
  direction: "up" | "down",
  here: string,
  target: string,
) {
  const section = loadRoadmap(ctx.db, ctx.eventId).sections.find((each) =>
    each.entries.some((entry) => entry.id === entryId),
  );
  if (!section) return refuse(404, target, t.refusals.notFound);
  const index = section.entries.findIndex((entry) => entry.id === entryId);
  const next = direction === "up" ? index - 1 : index + 1;
  if (next < 0 || next >= section.entries.length) return refuse(409, target, t.refusals.atEdge);
  // moveEntry counts places among the other entries, 1-based: the new index plus one.
  return answer(t, moveEntry(ctx, entryId, section.id, next + 1), here, target);
}

export function loadModerationFahrplan({ context, request }: Route.LoaderArgs) {
  const { event } = moderatedEventOf(context, request);
  const view = loadRoadmap(context.db, event.id);
  const versions = listVersions(context.db, event.id).map((version) => ({
    ...version,
    publishedAt: messagesFor(request).format.longDateTime(version.publishedAt),
  }));
  const undoSummary = lastUndoableAction(context.db, view.roadmap.id)?.summary ?? null;
  return { view, versions, undoSummary };
}

export async function performModerationFahrplanAction({ context, request }: Route.ActionArgs) {
  // The event comes from the URL only; a form field `eventId` is never read.
  const { ctx, event } = moderatedEventOf(context, request);
  const answer = await performFahrplanIntent(ctx, request, editorPath(event.id));
  // An entry edited during the closing plenary is seen there at once (ADR 020); without followers a no-op.
  context.services.plenary.changed(event.id);
  return answer;
}
