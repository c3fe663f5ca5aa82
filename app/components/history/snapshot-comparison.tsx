import type { TextDiff } from "../../../server/fahrplan/versions";
import { useMessages } from "../../i18n/messages";
import { DiffText } from "../fahrplan/diff-text";

/** "Vergleichen mit jetzt": the snapshot's text against the document's text now, word by word. */
export function SnapshotComparison({ comparison }: { comparison: { diff: TextDiff; changed: boolean } }) {
  const t = useMessages().history.compare;
  return (
    <section aria-labelledby="history-compare-heading" className="history-compare">
      <h3 id="history-compare-heading">{t.heading}</h3>
      {comparison.changed ? (
        <>
          <p className="hint">{t.intro}</p>
          <p className="preserve-lines">
            <DiffText parts={comparison.diff} />
          </p>
        </>
      ) : (
        <p>{t.same}</p>
      )}
    </section>
  );
}
