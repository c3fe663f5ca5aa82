import { Link } from "react-router";
import type { SnapshotSummary } from "../../../server/history/snapshot-store";
import { useMessages } from "../../i18n/messages";
import { useSnapshotLabel } from "./snapshot-label";

/** Every snapshot as a link, oldest first: the labelled stops of the slider, usable without script. */
export function SnapshotList({
  snapshots,
  selectedId,
  hrefFor,
}: {
  snapshots: SnapshotSummary[];
  selectedId: number | null;
  hrefFor: (snapshotId: number) => string;
}) {
  const history = useMessages().history;
  const t = history.slider;
  const snapshotLabel = useSnapshotLabel();
  return (
    <ol className="history-list" aria-label={t.listLabel}>
      {snapshots.map((snapshot) => {
        const selected = snapshot.id === selectedId;
        return (
          <li key={snapshot.id}>
            <Link
              to={hrefFor(snapshot.id)}
              aria-current={selected ? "true" : undefined}
              preventScrollReset
              replace
              data-snapshot-id={snapshot.id}
            >
              <time dateTime={new Date(snapshot.createdAt).toISOString()}>
                {history.formatTime(snapshot.createdAt)}
              </time>{" "}
              – {snapshotLabel(snapshot)}
            </Link>
            {snapshot.createdByName && <span className="hint"> {history.by(snapshot.createdByName)}</span>}
            {selected && <span className="hint"> {t.current}</span>}
          </li>
        );
      })}
    </ol>
  );
}
