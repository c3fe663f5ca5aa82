import { data, Link, redirect } from "react-router";
import { compareContent } from "../../server/history/compare-content";
import { DocumentUnsettledError } from "../../server/history/document-history";
import { renderState } from "../../server/history/render-document";
import { findSnapshot, listSnapshots } from "../../server/history/snapshot-store";
import { requireModeratedTrack } from "../auth/track-access.server";
import { RestoreControls, UndoRestoreForm } from "../components/history/restore-controls";
import { SaveSnapshotForm } from "../components/history/save-snapshot-form";
import { SnapshotComparison } from "../components/history/snapshot-comparison";
import { SnapshotContent } from "../components/history/snapshot-content";
import { useSnapshotLabel } from "../components/history/snapshot-label";
import { SnapshotList } from "../components/history/snapshot-list";
import { SnapshotSlider } from "../components/history/snapshot-slider";
import {
  historyIntentSchema,
  parseSnapshotParam,
  restoreSnapshotSchema,
  saveSnapshotSchema,
} from "../forms/history-schemas";
import { parseForm } from "../forms/parse-form.server";
import { messagesFor } from "../i18n/locale.server";
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
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { track } = requireModeratedTrack(context, request, params);
  const t = messagesFor(request).history;
  const url = new URL(request.url);
  const snapshots = listSnapshots(context.db, track.id);
  const wanted = parseSnapshotParam(url.searchParams.get("snapshot"));
  const selectedId = snapshots.some((s) => s.id === wanted) ? wanted : (snapshots.at(-1)?.id ?? null);
  const selected = selectedId === null ? null : findSnapshot(context.db, track.id, selectedId);
  const blocks = selected ? renderState(selected.state) : null;
  const compare = url.searchParams.get("compare") === "1";
  const comparison =
    compare && blocks
      ? compareContent(
          blocks,
          await context.services.history.currentContent(track.id),
          (kind) => t.snapshot.kinds[kind],
        )
      : null;
  return {
    track: { title: track.title, path: `/events/${track.event.slug}/tracks/${track.slug}` },
    snapshots,
    selectedId,
    blocks,
    comparison,
    notice: {
      saved: url.searchParams.get("saved") === "1",
      restoredBefore: parseSnapshotParam(url.searchParams.get("restored")),
      undone: url.searchParams.get("undone") === "1",
    },
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const { principal, track } = requireModeratedTrack(context, request, params);
  const t = messagesFor(request).history;
  const here = new URL(request.url).pathname;
  const actor = { key: `user:${principal.userId}`, name: principal.displayName };
  const chosen = await parseForm(request.clone(), historyIntentSchema);
  if (!chosen.ok) return data({ error: t.errors.invalid }, { status: 400 });
  switch (chosen.data.intent) {
    case "save": {
      const form = await parseForm(request, saveSnapshotSchema);
      if (!form.ok) return data({ error: form.fieldErrors.name ?? t.errors.invalid, field: "name" }, { status: 400 });
      const snapshot = await context.services.history
        .takeSnapshot(track.id, { name: form.data.name, kind: "manual", actor })
        .catch((error: unknown) => {
          if (error instanceof DocumentUnsettledError) return null;
          throw error;
        });
      if (!snapshot) return data({ error: t.errors.unavailable }, { status: 503 });
      return redirect(`${here}?snapshot=${snapshot.id}&saved=1`);
    }
    case "restore": {
      const form = await parseForm(request, restoreSnapshotSchema);
      if (!form.ok) return data({ error: t.errors.invalid }, { status: 400 });
      const result = await context.services.history.restore(track.id, form.data.snapshotId, actor);
      if (!result.ok) return data({ error: t.errors.notFound }, { status: 404 });
      if (form.data.undo) return redirect(`${here}?snapshot=${form.data.snapshotId}&undone=1`);
      return redirect(`${here}?snapshot=${form.data.snapshotId}&restored=${result.beforeRestore.id}`);
    }
  }
}

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
