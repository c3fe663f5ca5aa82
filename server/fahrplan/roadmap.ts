import { randomUUID } from "node:crypto";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import {
  contributions,
  entrySources,
  events,
  type RoadmapEntry,
  type RoadmapSection,
  roadmapEntries,
  roadmapSections,
  roadmaps,
  tracks,
  votes,
} from "../../db/schema";

export const DEFAULT_ROADMAP_TITLE = "Fahrplan für das Thüringer E-Government";

/** The event's one Fahrplan; created on first use with one section per track. */
export function ensureRoadmap(db: AppDatabase, eventId: string): typeof roadmaps.$inferSelect {
  const existing = db.select().from(roadmaps).where(eq(roadmaps.eventId, eventId)).get();
  if (existing) return existing;
  return db.transaction((tx) => {
    const roadmap = { id: randomUUID(), eventId, title: DEFAULT_ROADMAP_TITLE };
    tx.insert(roadmaps).values(roadmap).run();
    const eventTracks = tx.select().from(tracks).where(eq(tracks.eventId, eventId)).orderBy(asc(tracks.position)).all();
    eventTracks.forEach((track, index) => {
      tx.insert(roadmapSections)
        .values({ id: randomUUID(), roadmapId: roadmap.id, title: track.title, position: index + 1, trackId: track.id })
        .run();
    });
    return tx.select().from(roadmaps).where(eq(roadmaps.id, roadmap.id)).get() as typeof roadmaps.$inferSelect;
  });
}

export interface EntrySourceView {
  contributionId: string;
  kind: "problem" | "step";
  trackId: string;
  trackTitle: string;
  textAtAdoption: string;
  currentText: string;
  /** The contribution's text differs from the text that was adopted. */
  changedSinceAdoption: boolean;
  deleted: boolean;
  authorName: string | null;
  authorOrganisation: string | null;
  votes: number;
}

export interface EntryView extends RoadmapEntry {
  sources: EntrySourceView[];
  /** The sum of the votes of all sources. */
  votes: number;
}

export interface RoadmapView {
  roadmap: typeof roadmaps.$inferSelect;
  event: typeof events.$inferSelect;
  sections: (RoadmapSection & { entries: EntryView[] })[];
}

/** The whole draft Fahrplan of an event, in order, with every entry's sources and vote sums. */
export function loadRoadmap(db: AppDatabase, eventId: string): RoadmapView {
  const roadmap = ensureRoadmap(db, eventId);
  const event = db.select().from(events).where(eq(events.id, eventId)).get() as typeof events.$inferSelect;
  const sections = db
    .select()
    .from(roadmapSections)
    .where(eq(roadmapSections.roadmapId, roadmap.id))
    .orderBy(asc(roadmapSections.position))
    .all();
  const entries = db
    .select()
    .from(roadmapEntries)
    .where(eq(roadmapEntries.roadmapId, roadmap.id))
    .orderBy(asc(roadmapEntries.position))
    .all();
  const sourcesByEntry = sourcesOf(
    db,
    entries.map((entry) => entry.id),
  );
  return {
    roadmap,
    event,
    sections: sections.map((section) => ({
      ...section,
      entries: entries
        .filter((entry) => entry.sectionId === section.id)
        .map((entry) => {
          const sources = sourcesByEntry.get(entry.id) ?? [];
          return { ...entry, sources, votes: sources.reduce((sum, source) => sum + source.votes, 0) };
        }),
    })),
  };
}

function sourcesOf(db: AppDatabase, entryIds: string[]): Map<string, EntrySourceView[]> {
  const byEntry = new Map<string, EntrySourceView[]>();
  if (entryIds.length === 0) return byEntry;
  const voteSum = sql<number>`coalesce((select sum(${votes.count}) from ${votes} where ${votes.contributionId} = ${contributions.id}), 0)`;
  const rows = db
    .select({
      entryId: entrySources.entryId,
      contributionId: entrySources.contributionId,
      textAtAdoption: entrySources.textAtAdoption,
      adoptedAt: entrySources.adoptedAt,
      kind: contributions.kind,
      trackId: contributions.trackId,
      trackTitle: tracks.title,
      currentText: contributions.text,
      deletedAt: contributions.deletedAt,
      authorName: contributions.authorName,
      authorOrganisation: contributions.authorOrganisation,
      votes: voteSum,
    })
    .from(entrySources)
    .innerJoin(contributions, eq(entrySources.contributionId, contributions.id))
    .innerJoin(tracks, eq(contributions.trackId, tracks.id))
    .where(inArray(entrySources.entryId, entryIds))
    .orderBy(asc(entrySources.adoptedAt), asc(contributions.position))
    .all();
  for (const row of rows) {
    const list = byEntry.get(row.entryId) ?? [];
    list.push({
      contributionId: row.contributionId,
      kind: row.kind,
      trackId: row.trackId,
      trackTitle: row.trackTitle,
      textAtAdoption: row.textAtAdoption,
      currentText: row.currentText,
      changedSinceAdoption: row.currentText !== row.textAtAdoption,
      deleted: row.deletedAt !== null,
      authorName: row.authorName,
      authorOrganisation: row.authorOrganisation,
      votes: Number(row.votes),
    });
    byEntry.set(row.entryId, list);
  }
  return byEntry;
}
