import { useRef } from "react";
import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { SelectField } from "./select-field";
import { useFocusAfterMove } from "./use-focus-after-move";

interface EntryMoveControlsProps {
  entryId: string;
  sectionId: string;
  /** The id of the entry's heading: tells screen readers which entry "Nach oben" is about. */
  titleId: string;
  isFirst: boolean;
  isLast: boolean;
  sections: { id: string; title: string }[];
  action: string;
}

/** Moving an entry with the keyboard: one place up or down, or to the end of another section. */
export function EntryMoveControls({
  entryId,
  sectionId,
  titleId,
  isFirst,
  isLast,
  sections,
  action,
}: EntryMoveControlsProps) {
  const t = useMessages().fahrplan.entry;
  const options = Object.fromEntries(sections.map((section) => [section.id, section.title]));
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useFocusAfterMove(entryId, { up, down });
  return (
    <div className="entry-move">
      <Form method="post" action={action} preventScrollReset className="inline-form">
        <input type="hidden" name="intent" value="move-entry-step" />
        <input type="hidden" name="entryId" value={entryId} />
        <button ref={up} type="submit" name="direction" value="up" disabled={isFirst} aria-describedby={titleId}>
          {t.up}
        </button>
        <button ref={down} type="submit" name="direction" value="down" disabled={isLast} aria-describedby={titleId}>
          {t.down}
        </button>
      </Form>
      <Form method="post" action={action} preventScrollReset className="inline-form">
        <input type="hidden" name="intent" value="move-entry" />
        <input type="hidden" name="entryId" value={entryId} />
        <SelectField label={t.moveTo} name="sectionId" options={options} defaultValue={sectionId} />
        <button type="submit" aria-describedby={titleId}>
          {t.moveSubmit}
        </button>
      </Form>
    </div>
  );
}
