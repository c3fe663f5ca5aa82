import type { TextDiff } from "../../../server/fahrplan/versions";
import { useMessages } from "../../i18n/messages";

/**
 * A text difference: inserted parts in <ins>, removed parts in <del>. Every part is rendered as text (React
 * escapes it), never as HTML. Screen readers rarely announce ins/del, so each says in words what it is.
 */
export function DiffText({ parts }: { parts: TextDiff }) {
  const t = useMessages().fahrplan.compare;
  return (
    <span className="diff-text">
      {parts.map((part, index) => {
        // The parts have no ids; their order is fixed, so the index is a stable key.
        const key = `${index}`;
        if (part.added) {
          return (
            <ins key={key}>
              <span className="visually-hidden">{t.insertedPrefix}</span>
              {part.value}
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={key}>
              <span className="visually-hidden">{t.deletedPrefix}</span>
              {part.value}
            </del>
          );
        }
        return <span key={key}>{part.value}</span>;
      })}
    </span>
  );
}
