import type { EntryView } from "../../../server/fahrplan/roadmap";
import { horizonLabel, labelOf, responsibleLabel } from "../../../shared/i18n/de-fahrplan";
import { useMessages } from "../../i18n/messages";
import { FormError } from "../form-field";
import { type FahrplanRefusal, refusalFor } from "./action-data";
import { EntryForm } from "./entry-form";
import { EntryMoveControls } from "./entry-move-controls";
import { SourcesList } from "./sources-list";
import type { EntryDrag } from "./use-entry-drag";

interface EntryCardProps {
  entry: EntryView;
  sectionId: string;
  /** The ids of the section's entries in order, for the place a drop means. */
  sectionEntryIds: string[];
  sections: { id: string; title: string }[];
  action: string;
  drag: EntryDrag;
  refusal: FahrplanRefusal | null | undefined;
}

/** One entry in the editor: its summary (the drag handle), its moves, its edit form and its sources. */
export function EntryCard({ entry, sectionId, sectionEntryIds, sections, action, drag, refusal }: EntryCardProps) {
  const fahrplan = useMessages().fahrplan;
  const t = fahrplan.entry;
  const fields = fahrplan.fields;
  const titleId = `entry-${entry.id}-title`;
  const mine = refusalFor(refusal, `entry:${entry.id}`);
  const index = sectionEntryIds.indexOf(entry.id);
  const classes = [
    "entry-card",
    drag.dragged === entry.id ? "is-dragging" : "",
    drag.over === entry.id && drag.dragged !== entry.id ? "is-drop-target" : "",
  ];
  return (
    <article
      className={classes.filter(Boolean).join(" ")}
      aria-labelledby={titleId}
      {...drag.cardProps(entry.id, sectionId, sectionEntryIds)}
    >
      {/* The handle only: inputs inside a draggable element could no longer be used to select text. */}
      <div className="entry-handle" draggable title={t.dragTitle}>
        <h3 id={titleId}>{entry.title}</h3>
        <p className="entry-summary">
          <span>{t.votes(entry.votes)}</span>
          <span>
            {t.responsibleParty}: {responsibleLabel(entry.responsibleParty, entry.responsibleOther, fields)}
          </span>
          <span>
            {t.timeHorizon}: {horizonLabel(entry.timeHorizon, entry.targetQuarter, fields)}
          </span>
          <span>
            {t.priority}: {labelOf(fields.priorities, entry.priority, fields.notSet)}
          </span>
          <span>
            {t.status}: {labelOf(fields.statuses, entry.status, fields.notSet)}
          </span>
        </p>
      </div>
      {/* Refusals of the update form are shown inside it; these are those of the other forms. */}
      {mine && mine.values === null && <FormError message={mine.error} />}
      <EntryMoveControls
        entryId={entry.id}
        sectionId={sectionId}
        titleId={titleId}
        isFirst={index === 0}
        isLast={index === sectionEntryIds.length - 1}
        sections={sections}
        action={action}
      />
      <details className="entry-edit" open={mine?.values ? true : undefined}>
        <summary>{t.editHeading}</summary>
        {/* Keyed by version: after a save the form starts again from what is saved now. */}
        <EntryForm key={entry.version} entry={entry} action={action} refusal={mine?.values ? mine : null} />
      </details>
      <h4>{fahrplan.sources.heading}</h4>
      <SourcesList entryId={entry.id} sources={entry.sources} action={action} />
    </article>
  );
}
