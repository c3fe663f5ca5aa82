import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import type { SnapshotSummary } from "../../../server/history/snapshot-store";
import { useMessages } from "../../i18n/messages";
import { useSnapshotLabel } from "./snapshot-label";

/**
 * The time slider: one stop per snapshot, oldest on the left. Moving it (with the mouse or the arrow keys)
 * shows that snapshot; the URL changes with it, so the view can be shared and the back button works.
 * Screen readers hear time and name of each stop (aria-valuetext), not a bare number.
 */
export function SnapshotSlider({
  snapshots,
  selectedIndex,
  hrefFor,
}: {
  snapshots: SnapshotSummary[];
  selectedIndex: number;
  hrefFor: (snapshotId: number) => string;
}) {
  const history = useMessages().history;
  const t = history.slider;
  const snapshotLabel = useSnapshotLabel();
  const navigate = useNavigate();
  const [index, setIndex] = useState(selectedIndex);
  // A link in the list, or the back button, moves the slider too.
  useEffect(() => setIndex(selectedIndex), [selectedIndex]);
  const first = snapshots[0];
  const last = snapshots.at(-1);
  const shown = snapshots[index];
  if (!first || !last || !shown) return null;
  const valueText = (position: number, snapshot: SnapshotSummary) =>
    t.valueText(position + 1, snapshots.length, history.formatTime(snapshot.createdAt), snapshotLabel(snapshot));
  return (
    <div className="history-slider">
      <label htmlFor="history-slider">{t.label}</label>
      <input
        id="history-slider"
        type="range"
        min={0}
        max={snapshots.length - 1}
        step={1}
        value={index}
        aria-valuetext={valueText(index, shown)}
        aria-describedby="history-slider-hint"
        onChange={(event) => {
          const next = Number(event.currentTarget.value);
          const snapshot = snapshots[next];
          if (!snapshot) return;
          setIndex(next);
          void navigate(hrefFor(snapshot.id), { replace: true, preventScrollReset: true });
        }}
      />
      <div className="history-slider-ends" aria-hidden="true">
        <span>{history.formatTime(first.createdAt)}</span>
        <span>{history.formatTime(last.createdAt)}</span>
      </div>
      <p id="history-slider-hint" className="hint">
        {t.hint}
      </p>
      {/* Screen readers hear this from aria-valuetext already; shown for everyone else. */}
      <p className="history-slider-value" aria-hidden="true">
        {valueText(index, shown)}
      </p>
    </div>
  );
}
