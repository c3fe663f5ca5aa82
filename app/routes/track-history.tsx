import { Link } from "react-router";
import { RestoreControls, UndoRestoreForm } from "../components/history/restore-controls";
import { SaveSnapshotForm } from "../components/history/save-snapshot-form";
import { SnapshotComparison } from "../components/history/snapshot-comparison";
import { SnapshotContent } from "../components/history/snapshot-content";
import { useSnapshotLabel } from "../components/history/snapshot-label";
import { SnapshotList } from "../components/history/snapshot-list";
import { SnapshotSlider } from "../components/history/snapshot-slider";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/track-history";
import "../fahrplan.css";
import "../components/history/history.css";

export function meta({ loaderData, matches }: Route.MetaArgs) {
  const t = metaMessages(matches).history;
  return [{ title: loaderData ? `${t.pageTitle(loaderData.track.title)} – Fahrplan` : "Fahrplan" }];
}

/**
 * The history of a track document (ADR 011): the snapshots on a time slider, the chosen one read-only,
 * compared with now on request (`?compare=1`), restorable. `?snapshot=` chooses one; the newest otherwise.
 */
export { loadTrackHistory as loader, performTrackHistoryAction as action } from "./track-history.server";

export default function TrackHistory({ loaderData, actionData }: Route.ComponentProps) {
  const { track, snapshots, selectedId, blocks, comparison, notice } = loaderData;
  const t = useMessages().history;
  const snapshotLabel = useSnapshotLabel();
  const selected = snapshots.find((snapshot) => snapshot.id === selectedId) ?? null;
  const selectedIndex = selected ? snapshots.indexOf(selected) : 0;
  const hrefFor = (id: number, compare = false) => `?snapshot=${id}${compare ? "&compare=1" : ""}`;
  const error = actionData?.error ?? null;
  const nameError = actionData && "field" in actionData ? actionData.error : null;
  return (
    <main id="inhalt" className="page page-wide track-history">
      <p>
        <Link to={track.path}>{t.backToTrack}</Link>
      </p>
      <h1>{t.pageTitle(track.title)}</h1>
      <p>{t.intro}</p>
      <div role="status" className="history-status">
        {notice.saved && selected && <p className="notice">{t.save.saved(snapshotLabel(selected))}</p>}
        {notice.restoredBefore !== null && selected && (
          <p className="notice">{t.restore.done(snapshotLabel(selected))}</p>
        )}
        {notice.undone && <p className="notice">{t.restore.undone}</p>}
        {error && <p className="error">{error}</p>}
      </div>
      {notice.restoredBefore !== null && <UndoRestoreForm beforeRestoreId={notice.restoredBefore} />}
      {/* A new key after each saved snapshot empties the name field again. */}
      <SaveSnapshotForm key={snapshots.length} error={nameError} />
      {snapshots.length === 0 || !selected || !blocks ? (
        <p>{t.none}</p>
      ) : (
        <div className="history-layout">
          <section aria-labelledby="history-timeline-heading">
            <h2 id="history-timeline-heading">{t.slider.heading}</h2>
            <SnapshotSlider snapshots={snapshots} selectedIndex={selectedIndex} hrefFor={(id) => hrefFor(id)} />
            <SnapshotList snapshots={snapshots} selectedId={selected.id} hrefFor={(id) => hrefFor(id)} />
          </section>
          <section aria-labelledby="history-snapshot-heading">
            <h2 id="history-snapshot-heading">{t.snapshot.heading(t.formatTime(selected.createdAt))}</h2>
            <p className="hint">
              {snapshotLabel(selected)}
              {selected.createdByName ? ` ${t.by(selected.createdByName)}` : ""}
            </p>
            <div className="history-actions">
              <Link to={hrefFor(selected.id, comparison === null)} preventScrollReset replace>
                {comparison === null ? t.compare.show : t.compare.hide}
              </Link>
              <RestoreControls key={`${selected.id}-${snapshots.length}`} snapshotId={selected.id} />
            </div>
            {comparison && <SnapshotComparison comparison={comparison} />}
            <article aria-label={t.snapshot.documentLabel}>
              <SnapshotContent blocks={blocks} />
            </article>
          </section>
        </div>
      )}
    </main>
  );
}
