import { asc, eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { tracks } from "../../db/schema";
import { loadRoadmap } from "../fahrplan/roadmap";
import { publishedVersion, snapshotOf } from "../fahrplan/versions";
import type { ExportInput } from "./export-input";

/**
 * What to export: a published version (the latest when `version` is omitted and `draft` is false), or the
 * current draft. Null when the event has no such version.
 */
export function exportInput(
  db: AppDatabase,
  eventId: string,
  options: { draft: boolean; version?: number; includeOrganisations?: boolean },
): ExportInput | null {
  const eventTracks = db
    .select({ title: tracks.title, subtopics: tracks.subtopics })
    .from(tracks)
    .where(eq(tracks.eventId, eventId))
    .orderBy(asc(tracks.position))
    .all();
  const common = { tracks: eventTracks, includeOrganisations: options.includeOrganisations ?? false };
  if (options.draft) {
    return {
      ...common,
      snapshot: snapshotOf(loadRoadmap(db, eventId)),
      versionLabel: "Entwurf",
      publishedAt: null,
      contentHash: null,
      generatedAt: new Date().toISOString(),
    };
  }
  const version = publishedVersion(db, eventId, options.version);
  if (!version) return null;
  return {
    ...common,
    snapshot: version.snapshot,
    versionLabel: version.label,
    publishedAt: version.publishedAt.toISOString(),
    contentHash: version.contentHash,
    // A published version always renders to the same bytes, whoever exports it when (CLI or download).
    generatedAt: version.publishedAt.toISOString(),
  };
}
