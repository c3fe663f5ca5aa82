import { useMemo } from "react";
import { useMessages } from "../../i18n/messages";
import { BoardRow } from "./board-row";
import { SelectionToolbar } from "./selection-toolbar";
import type { ContributionRef, EntryChoice, BoardRow as Row, SimilarById } from "./types";

interface BoardTableProps {
  rows: Row[];
  total: number;
  refs: ContributionRef[];
  entries: EntryChoice[];
  similar: SimilarById;
  action: string;
}

/** The contributions, one row each, with the toolbar for the selected ones below them. */
export function BoardTable({ rows, total, refs, entries, similar, action }: BoardTableProps) {
  const t = useMessages().board.list;
  const columns = t.columns;
  const refsById = useMemo(() => new Map(refs.map((ref) => [ref.id, ref])), [refs]);
  return (
    <section aria-labelledby="board-list-heading" className="board-list">
      <h2 id="board-list-heading">{t.heading}</h2>
      <p role="status">{t.count(rows.length, total)}</p>
      {rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className="board-table-wrapper">
          <table className="board-table">
            <caption className="visually-hidden">{t.heading}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.select}</th>
                <th scope="col">{columns.text}</th>
                <th scope="col">{columns.votes}</th>
                <th scope="col">{columns.status}</th>
                <th scope="col">{columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <BoardRow
                  key={row.id}
                  row={row}
                  action={action}
                  refs={refs}
                  refsById={refsById}
                  similar={similar[row.id] ?? []}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SelectionToolbar action={action} entries={entries} />
    </section>
  );
}
