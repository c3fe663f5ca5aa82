import { excerptOf } from "../../../shared/excerpt";
import { useMessages } from "../../i18n/messages";
import { ContributionText } from "./contribution-text";
import { DecidePanel } from "./decide-panel";
import { PutBackForm } from "./put-back-form";
import { SELECTION_FORM_ID } from "./selection-toolbar";
import { SimilarContributions } from "./similar-contributions";
import { StatusCell } from "./status-cell";
import type { ContributionRef, BoardRow as Row, Similar } from "./types";

interface BoardRowProps {
  row: Row;
  action: string;
  refs: ContributionRef[];
  refsById: ReadonlyMap<string, ContributionRef>;
  /** The contribution's most similar open ones (server/fahrplan/duplicates.ts). */
  similar: Similar[];
}

function authorOf(row: Row): string | null {
  if (!row.authorName) return null;
  return row.authorOrganisation ? `${row.authorName} (${row.authorOrganisation})` : row.authorName;
}

/** One contribution: what it says, who wrote it, its votes and status, and what can be done with it. */
export function BoardRow({ row, action, refs, refsById, similar }: BoardRowProps) {
  const board = useMessages().board;
  const t = board.list;
  const excerpt = excerptOf(row.text);
  // Deleted contributions appear only when curated, but the domain refuses to adopt deleted ones anyway.
  const open = row.status === "open" && !row.deleted;
  return (
    <tr className={row.deleted ? "board-row board-row-deleted" : "board-row"}>
      <td>
        {open && (
          <label className="board-select">
            <input type="checkbox" name="contributionIds" value={row.id} form={SELECTION_FORM_ID} />
            <span className="visually-hidden">{t.select(excerpt)}</span>
          </label>
        )}
      </td>
      <td className="board-contribution">
        {/* Kind, workshop and person with the text, not in columns of their own: the table fits a laptop. */}
        <p className="board-meta">
          <span className="board-kind">{board.kinds[row.kind]}</span> · {row.trackTitle}
        </p>
        <ContributionText text={row.text} />
        <p className="board-meta">{t.byAuthor(authorOf(row))}</p>
        {open && similar.length > 0 && (
          <SimilarContributions row={row} similar={similar} refsById={refsById} action={action} />
        )}
      </td>
      <td className="board-votes">{row.votes}</td>
      <td>
        <StatusCell row={row} refsById={refsById} />
      </td>
      <td>
        {open ? (
          <DecidePanel action={action} contributionId={row.id} excerpt={excerpt} refs={refs} />
        ) : (
          <PutBackForm action={action} contributionId={row.id} excerpt={excerpt} />
        )}
      </td>
    </tr>
  );
}
