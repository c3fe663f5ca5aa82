import type { EntryView } from "../../../server/fahrplan/roadmap";
import { useMessages } from "../../i18n/messages";
import { type FahrplanRefusal, refusalFor } from "./action-data";
import { EntryCard } from "./entry-card";
import { SectionHeader } from "./section-header";
import type { EntryDrag } from "./use-entry-drag";

interface SectionBlockProps {
  section: { id: string; title: string; entries: EntryView[] };
  sections: { id: string; title: string }[];
  isFirst: boolean;
  isLast: boolean;
  action: string;
  drag: EntryDrag;
  refusal: FahrplanRefusal | null | undefined;
}

/** A section of the draft: its header, its entries in order, and a zone to drop entries at its end. */
export function SectionBlock({ section, sections, isFirst, isLast, action, drag, refusal }: SectionBlockProps) {
  const fahrplan = useMessages().fahrplan;
  const headingId = `section-${section.id}-title`;
  const entryIds = section.entries.map((entry) => entry.id);
  const endKey = `end:${section.id}`;
  return (
    <section className="fahrplan-section" aria-labelledby={headingId}>
      <SectionHeader
        section={section}
        headingId={headingId}
        isFirst={isFirst}
        isLast={isLast}
        action={action}
        refusal={refusalFor(refusal, `section:${section.id}`)}
      />
      {section.entries.length === 0 ? (
        <p className="hint">{fahrplan.editor.noEntries}</p>
      ) : (
        <ol className="entry-list" aria-label={fahrplan.section.entriesLabel(section.title)}>
          {section.entries.map((entry) => (
            <li key={entry.id}>
              <EntryCard
                entry={entry}
                sectionId={section.id}
                sectionEntryIds={entryIds}
                sections={sections}
                action={action}
                drag={drag}
                refusal={refusal}
              />
            </li>
          ))}
        </ol>
      )}
      {/* For the mouse only (keyboard users have the move buttons), so hidden from screen readers. */}
      <div
        className={`drop-zone${drag.dragged ? " is-active" : ""}${drag.over === endKey ? " is-drop-target" : ""}`}
        aria-hidden="true"
        {...drag.endZoneProps(section.id, entryIds)}
      >
        {fahrplan.editor.dropHere}
      </div>
    </section>
  );
}
