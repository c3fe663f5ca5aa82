import { ExportPanel } from "../components/export-panel";
import { refusalFor } from "../components/fahrplan/action-data";
import { AddSectionForm } from "../components/fahrplan/add-section-form";
import { EditorTools } from "../components/fahrplan/editor-tools";
import { editorPath, publishPath } from "../components/fahrplan/paths";
import { SectionBlock } from "../components/fahrplan/section-block";
import { useEntryDrag } from "../components/fahrplan/use-entry-drag";
import { VersionsPanel } from "../components/fahrplan/versions-panel";
import { FormError } from "../components/form-field";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation-fahrplan";
import "../fahrplan.css";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).fahrplan.editor.title} – Fahrplan` }];
}

/** The draft Fahrplan of the event in `?event=` (or the first one moderated), its versions, and what undo would undo. */
export {
  loadModerationFahrplan as loader,
  performModerationFahrplanAction as action,
} from "./moderation-fahrplan.server";

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
      <EditorTools undoSummary={undoSummary} action={here} publishHref={publishPath(view.event.id)} />
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
