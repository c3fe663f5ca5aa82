import { useMessages } from "../../i18n/messages";
import type { BoardRow, ContributionRef } from "./types";

/** What became of the contribution: its status and the detail that goes with it. */
export function StatusCell({ row, refsById }: { row: BoardRow; refsById: ReadonlyMap<string, ContributionRef> }) {
  const board = useMessages().board;
  const t = board.list;
  return (
    <div className="board-status-cell">
      <span className={`board-status board-status-${row.status}`}>{board.statuses[row.status]}</span>
      {row.deleted && (
        <span className="board-deleted" title={t.deletedHint}>
          {t.deleted}
          <span className="visually-hidden">: {t.deletedHint}</span>
        </span>
      )}
      <StatusDetail row={row} refsById={refsById} />
    </div>
  );
}

function StatusDetail({ row, refsById }: { row: BoardRow; refsById: ReadonlyMap<string, ContributionRef> }) {
  const t = useMessages().board.list;
  switch (row.status) {
    case "adopted":
      return row.entryTitle ? <p className="board-status-detail">{t.adoptedInto(row.entryTitle)}</p> : null;
    case "rejected":
      return row.reason ? <p className="board-status-detail">{t.rejectedBecause(row.reason)}</p> : null;
    case "duplicate": {
      const original = row.duplicateOfId ? refsById.get(row.duplicateOfId) : undefined;
      return <p className="board-status-detail">{t.duplicateOf(original?.excerpt ?? t.unknownOriginal)}</p>;
    }
    case "open":
      return null;
  }
}
