import { useEffect, useState } from "react";
import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { SelectField } from "./select-field";
import type { EntryChoice } from "./types";

/**
 * The id of the form the rows' checkboxes belong to. They sit in the table, which also holds each row's own
 * forms; forms cannot be nested, so the checkboxes join this one with the `form` attribute.
 */
export const SELECTION_FORM_ID = "board-auswahl";

/** The Fahrplan's entries grouped by their section, in order. */
function groupedBySection(entries: EntryChoice[]): [string, EntryChoice[]][] {
  const groups = new Map<string, EntryChoice[]>();
  for (const entry of entries) groups.set(entry.sectionTitle, [...(groups.get(entry.sectionTitle) ?? []), entry]);
  return [...groups];
}

/** How many rows are ticked; the checkboxes are the table's, this follows their changes. */
function useSelectedCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const recount = () =>
      setCount(document.querySelectorAll(`input[form="${SELECTION_FORM_ID}"][name="contributionIds"]:checked`).length);
    recount();
    document.addEventListener("change", recount);
    // The list refreshes live: a row that left it takes its tick along.
    const rows = new MutationObserver(recount);
    rows.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener("change", recount);
      rows.disconnect();
    };
  }, []);
  return count;
}

/**
 * What to do with the selected contributions: adopt them as one new entry, or add them to an entry. Below
 * the list; while rows are ticked it stays at the foot of the window (issue #14.5), where it covers the
 * least and is at hand after ticking.
 */
export function SelectionToolbar({ action, entries }: { action: string; entries: EntryChoice[] }) {
  const t = useMessages().board.selection;
  const selected = useSelectedCount();
  return (
    <Form
      method="post"
      action={action}
      id={SELECTION_FORM_ID}
      className={selected > 0 ? "board-selection board-selection-active" : "board-selection"}
      aria-labelledby="board-selection-heading"
    >
      <h3 id="board-selection-heading">{t.heading}</h3>
      <p className="board-selection-count">{t.count(selected)}</p>
      <p className="hint">{t.hint}</p>
      <div className="board-selection-controls">
        <button type="submit" name="intent" value="adopt">
          {t.adopt}
        </button>
        {/* Not `required`: the same form also adopts, which needs no entry; the server checks the choice. */}
        <SelectField label={t.entry} name="entryId" defaultValue="" disabled={entries.length === 0}>
          <option value="">{entries.length === 0 ? t.noEntries : t.chooseEntry}</option>
          {groupedBySection(entries).map(([sectionTitle, sectionEntries]) => (
            <optgroup key={sectionTitle} label={sectionTitle}>
              {sectionEntries.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.title}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <button type="submit" name="intent" value="add-to-entry" disabled={entries.length === 0}>
          {t.addToEntry}
        </button>
      </div>
    </Form>
  );
}
