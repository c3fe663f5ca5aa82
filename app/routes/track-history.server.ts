// What the loader and action of track-history.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data, redirect } from "react-router";
import { compareContent } from "../../server/history/compare-content";
import { DocumentUnsettledError } from "../../server/history/document-history";
import { renderState } from "../../server/history/render-document";
import { findSnapshot, listSnapshots } from "../../server/history/snapshot-store";
import { requireModeratedTrack } from "../auth/track-access.server";
import {
  historyIntentSchema,
  parseSnapshotParam,
  restoreSnapshotSchema,
  saveSnapshotSchema,
} from "../forms/history-schemas";
import { parseForm } from "../forms/parse-form.server";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/track-history";

export async function loadTrackHistory({ context, params, request }: Route.LoaderArgs) {
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

export async function performTrackHistoryAction({ context, params, request }: Route.ActionArgs) {
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
