import { data, redirect } from "react-router";
import {
  type CurationContext,
  type CurationResult,
  moveEntry,
  putBack,
  splitEntry,
  undoLastAction,
  updateEntry,
} from "../../server/fahrplan/curation";
import { lastUndoableAction } from "../../server/fahrplan/curation-log";
import { loadRoadmap } from "../../server/fahrplan/roadmap";
import { addSection, moveSection, renameSection } from "../../server/fahrplan/sections";
import { listVersions, publishVersion } from "../../server/fahrplan/versions";
import { moderatedEventOf } from "../auth/moderated-event.server";
import { ExportPanel } from "../components/export-panel";
import { type FahrplanRefusal, refusalFor } from "../components/fahrplan/action-data";
import { AddSectionForm } from "../components/fahrplan/add-section-form";
import { EditorTools } from "../components/fahrplan/editor-tools";
import { editorPath } from "../components/fahrplan/paths";
import { SectionBlock } from "../components/fahrplan/section-block";
import { useEntryDrag } from "../components/fahrplan/use-entry-drag";
import { VersionsPanel } from "../components/fahrplan/versions-panel";
import { FormError } from "../components/form-field";
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
import { de, useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation-fahrplan";
import "../fahrplan.css";

// Refusals are built from the German texts; the form components show them in the visitor's language
// (useCatalogueText), as they do the schemas' messages.
const t = de.fahrplan.refusals;

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).fahrplan.editor.title} – Fahrplan` }];
}

/** The draft Fahrplan of the event in `?event=` (or the first one moderated), its versions, and what undo would undo. */
export function loader({ context, request }: Route.LoaderArgs) {
  const { event } = moderatedEventOf(context, request);
  const view = loadRoadmap(context.db, event.id);
  const versions = listVersions(context.db, event.id).map((version) => ({
    ...version,
    publishedAt: messagesFor(request).format.longDateTime(version.publishedAt),
  }));
  const undoSummary = lastUndoableAction(context.db, view.roadmap.id)?.summary ?? null;
  return { view, versions, undoSummary };
}

/** A refusal with its German message, for the part of the page it belongs to. */
function refuse(status: 400 | 404 | 409, target: string, error: string, more: Partial<FahrplanRefusal> = {}) {
  return data<FahrplanRefusal>({ error, target, fieldErrors: {}, values: null, conflict: null, ...more }, { status });
}

/** A form that did not pass its schema: 400, with the errors per field. */
function invalidForm(target: string, form: Extract<FormResult<unknown>, { ok: false }>) {
  return refuse(400, target, form.formError ?? t.invalidForm, { fieldErrors: form.fieldErrors });
}

/** Success leads back to the editor (so that reloading does not post again); refusals keep their reason. */
function answer(result: CurationResult<unknown>, here: string, target: string) {
  if (result.ok) return redirect(here);
  if (result.reason === "not-found") return refuse(404, target, t.notFound);
  return refuse(409, target, result.message);
}

export async function action({ context, request }: Route.ActionArgs) {
  // The event comes from the URL only; a form field `eventId` is never read.
  const { ctx, event } = moderatedEventOf(context, request);
  const here = editorPath(event.id);
  // The body can be read once only: the intent is read from a copy, the intent's own fields from the original.
  const chosen = await parseForm(request.clone(), fahrplanIntentSchema);
  if (!chosen.ok) return invalidForm("page", chosen);
  const entryTarget = `entry:${chosen.data.entryId ?? ""}`;
  const sectionTarget = `section:${chosen.data.sectionId ?? ""}`;

  switch (chosen.data.intent) {
    case "update-entry":
      return saveEntry(ctx, request, here, entryTarget);
    case "move-entry": {
      const form = await parseForm(request, moveEntrySchema);
      if (!form.ok) return invalidForm(entryTarget, form);
      // Without a position ("Verschieben nach"): after the last entry; moveEntry clamps to the end.
      const position = form.data.position ?? Number.MAX_SAFE_INTEGER;
      return answer(moveEntry(ctx, form.data.entryId, form.data.sectionId, position), here, entryTarget);
    }
    case "move-entry-step": {
      const form = await parseForm(request, moveEntryStepSchema);
      if (!form.ok) return invalidForm(entryTarget, form);
      return moveEntryOneStep(ctx, form.data.entryId, form.data.direction, here, entryTarget);
    }
    case "split": {
      const form = await parseForm(request, splitSchema);
      if (!form.ok) return invalidForm(entryTarget, form);
      return answer(splitEntry(ctx, form.data.entryId, form.data.contributionIds), here, entryTarget);
    }
    case "put-back": {
      const form = await parseForm(request, putBackSchema);
      if (!form.ok) return invalidForm(entryTarget, form);
      return answer(putBack(ctx, form.data.contributionId), here, entryTarget);
    }
    case "undo": {
      const form = await parseForm(request, emptySchema);
      if (!form.ok) return invalidForm("page", form);
      return answer(undoLastAction(ctx), here, "page");
    }
    case "publish": {
      const form = await parseForm(request, emptySchema);
      if (!form.ok) return invalidForm("page", form);
      publishVersion(ctx);
      return redirect(here);
    }
    case "add-section": {
      const form = await parseForm(request, addSectionSchema);
      if (!form.ok) return invalidForm("add-section", form);
      return answer(addSection(ctx, form.data.title), here, "add-section");
    }
    case "rename-section": {
      const form = await parseForm(request, renameSectionSchema);
      if (!form.ok) return invalidForm(sectionTarget, form);
      return answer(renameSection(ctx, form.data.sectionId, form.data.title), here, sectionTarget);
    }
    case "move-section": {
      const form = await parseForm(request, moveSectionSchema);
      if (!form.ok) return invalidForm(sectionTarget, form);
      return answer(moveSection(ctx, form.data.sectionId, form.data.direction), here, sectionTarget);
    }
  }
}

/**
 * Saves an entry's fields. A refused or conflicting save answers with the values as typed, so that the
 * form shows them again and nothing typed is lost; a conflict also with the entry as it is saved now.
 */
async function saveEntry(ctx: CurationContext, request: Request, here: string, target: string) {
  const typed = await parseForm(request.clone(), typedEntrySchema);
  const values = typed.ok ? typed.data : null;
  const form = await parseForm(request, updateEntrySchema);
  if (!form.ok) {
    return refuse(400, target, form.formError ?? t.invalidForm, { fieldErrors: form.fieldErrors, values });
  }
  const { entryId, version } = form.data;
  const result = updateEntry(ctx, entryId, version, entryFieldsOf(form.data));
  if (!result.ok && result.reason === "conflict") {
    return refuse(409, target, result.message, { values, conflict: { entryId, current: result.current } });
  }
  return answer(result, here, target);
}

/** "Nach oben"/"Nach unten": one place within the entry's section; at either end there is nowhere to go. */
function moveEntryOneStep(
  ctx: CurationContext,
  entryId: string,
  direction: "up" | "down",
  here: string,
  target: string,
) {
  const section = loadRoadmap(ctx.db, ctx.eventId).sections.find((each) =>
    each.entries.some((entry) => entry.id === entryId),
  );
  if (!section) return refuse(404, target, t.notFound);
  const index = section.entries.findIndex((entry) => entry.id === entryId);
  const next = direction === "up" ? index - 1 : index + 1;
  if (next < 0 || next >= section.entries.length) return refuse(409, target, t.atEdge);
  // moveEntry counts places among the other entries, 1-based: the new index plus one.
  return answer(moveEntry(ctx, entryId, section.id, next + 1), here, target);
}

export default function FahrplanEditor({ loaderData, actionData }: Route.ComponentProps) {
  const { view, versions, undoSummary } = loaderData;
  const fahrplan = useMessages().fahrplan;
  const here = editorPath(view.event.id);
  const drag = useEntryDrag(here);
  const sections = view.sections.map((section) => ({ id: section.id, title: section.title }));
  // Refusals about something not on the page (any more) are shown at the top.
  const shown = new Set([
    "add-section",
    ...view.sections.map((section) => `section:${section.id}`),
    ...view.sections.flatMap((section) => section.entries.map((entry) => `entry:${entry.id}`)),
  ]);
  const pageRefusal = actionData && !shown.has(actionData.target) ? actionData : null;
  return (
    <main id="inhalt" className="page page-wide fahrplan-editor">
      <h1>{view.roadmap.title}</h1>
      <p className="event-meta">{fahrplan.editor.eventLine(view.event.title)}</p>
      <FormError message={pageRefusal?.error} />
      <EditorTools undoSummary={undoSummary} action={here} />
      <VersionsPanel eventId={view.event.id} eventSlug={view.event.slug} versions={versions} />
      <ExportPanel eventId={view.event.id} draft canIncludeOrganisations versions={versions} />
      <p className="hint">{fahrplan.editor.dragHint}</p>
      {view.sections.length === 0 && <p>{fahrplan.editor.noSections}</p>}
      {view.sections.map((section, index) => (
        <SectionBlock
          key={section.id}
          section={section}
          sections={sections}
          isFirst={index === 0}
          isLast={index === view.sections.length - 1}
          action={here}
          drag={drag}
          refusal={actionData}
        />
      ))}
      <AddSectionForm action={here} refusal={refusalFor(actionData, "add-section")} />
    </main>
  );
}
