import { createHash, randomUUID } from "node:crypto";
import { diffWords } from "diff";
import { and, desc, eq, max } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { roadmaps, roadmapVersions } from "../../db/schema";
import type { CurationContext } from "./curation-context";
import { loadRoadmap, type RoadmapView } from "./roadmap";

/** A published Fahrplan as frozen in a version: plain data, in a fixed key order (its hash depends on it). */
export interface RoadmapSnapshot {
  title: string;
  event: { title: string; startsOn: string; venue: string };
  sections: {
    title: string;
    entries: {
      id: string;
      title: string;
      problemStatement: string;
      steps: string[];
      responsibleParty: string | null;
      responsibleOther: string | null;
      timeHorizon: string | null;
      targetQuarter: string | null;
      priority: string | null;
      status: string;
      votes: number;
      sources: { track: string; kind: string; text: string; authorOrganisation: string | null }[];
    }[];
  }[];
}

export function snapshotOf(view: RoadmapView): RoadmapSnapshot {
  return {
    title: view.roadmap.title,
    event: { title: view.event.title, startsOn: view.event.startsOn, venue: view.event.venue },
    sections: view.sections.map((section) => ({
      title: section.title,
      entries: section.entries.map((entry) => ({
        id: entry.id,
        title: entry.title,
        problemStatement: entry.problemStatement,
        steps: entry.steps,
        responsibleParty: entry.responsibleParty,
        responsibleOther: entry.responsibleOther,
        timeHorizon: entry.timeHorizon,
        targetQuarter: entry.targetQuarter,
        priority: entry.priority,
        status: entry.status,
        votes: entry.votes,
        sources: entry.sources.map((source) => ({
          track: source.trackTitle,
          kind: source.kind,
          text: source.textAtAdoption,
          authorOrganisation: source.authorOrganisation,
        })),
      })),
    })),
  };
}

/** Freezes the current draft as the next version ("Fassung 1.0", "Fassung 2.0", …) with its SHA-256. */
export function publishVersion(ctx: CurationContext): { number: number; label: string; contentHash: string } {
  const view = loadRoadmap(ctx.db, ctx.eventId);
  const content = JSON.stringify(snapshotOf(view));
  const contentHash = createHash("sha256").update(content).digest("hex");
  return ctx.db.transaction((tx) => {
    const last = tx
      .select({ number: max(roadmapVersions.number) })
      .from(roadmapVersions)
      .where(eq(roadmapVersions.roadmapId, view.roadmap.id))
      .get();
    const number = (last?.number ?? 0) + 1;
    const label = `Fassung ${number}.0`;
    tx.insert(roadmapVersions)
      .values({
        id: randomUUID(),
        roadmapId: view.roadmap.id,
        number,
        label,
        content,
        contentHash,
        publishedBy: `user:${ctx.actor.userId}`,
        publishedAt: new Date(),
      })
      .run();
    return { number, label, contentHash };
  });
}

export function listVersions(db: AppDatabase, eventId: string) {
  const roadmap = db.select().from(roadmaps).where(eq(roadmaps.eventId, eventId)).get();
  if (!roadmap) return [];
  return db
    .select({
      number: roadmapVersions.number,
      label: roadmapVersions.label,
      contentHash: roadmapVersions.contentHash,
      publishedAt: roadmapVersions.publishedAt,
    })
    .from(roadmapVersions)
    .where(eq(roadmapVersions.roadmapId, roadmap.id))
    .orderBy(desc(roadmapVersions.number))
    .all();
}

/** A published version (the latest when `number` is omitted), or null. Never a draft. */
export function publishedVersion(db: AppDatabase, eventId: string, number?: number) {
  const roadmap = db.select().from(roadmaps).where(eq(roadmaps.eventId, eventId)).get();
  if (!roadmap) return null;
  const row = db
    .select()
    .from(roadmapVersions)
    .where(
      number === undefined
        ? eq(roadmapVersions.roadmapId, roadmap.id)
        : and(eq(roadmapVersions.roadmapId, roadmap.id), eq(roadmapVersions.number, number)),
    )
    .orderBy(desc(roadmapVersions.number))
    .get();
  if (!row) return null;
  return { ...row, snapshot: JSON.parse(row.content) as RoadmapSnapshot };
}

export type TextDiff = { value: string; added: boolean; removed: boolean }[];

export interface VersionComparison {
  added: { title: string; section: string }[];
  removed: { title: string; section: string }[];
  changed: { title: string; section: string; fields: Record<string, TextDiff> }[];
}

/** What changed between two versions: entries added, removed, and changed (with the text differences). */
export function compareVersions(older: RoadmapSnapshot, newer: RoadmapSnapshot): VersionComparison {
  const flatten = (snapshot: RoadmapSnapshot) =>
    new Map(
      snapshot.sections.flatMap((section) =>
        section.entries.map((entry) => [entry.id, { ...entry, section: section.title }] as const),
      ),
    );
  const before = flatten(older);
  const after = flatten(newer);
  const result: VersionComparison = { added: [], removed: [], changed: [] };
  for (const [id, entry] of after) {
    const previous = before.get(id);
    if (!previous) {
      result.added.push({ title: entry.title, section: entry.section });
      continue;
    }
    const fields: Record<string, TextDiff> = {};
    const text = (value: unknown) => (Array.isArray(value) ? value.join("\n") : String(value ?? ""));
    for (const key of [
      "title",
      "problemStatement",
      "steps",
      "responsibleParty",
      "timeHorizon",
      "priority",
      "status",
      "section",
    ] as const) {
      if (text(previous[key]) === text(entry[key])) continue;
      fields[key] = diffWords(text(previous[key]), text(entry[key])).map((part) => ({
        value: part.value,
        added: Boolean(part.added),
        removed: Boolean(part.removed),
      }));
    }
    if (Object.keys(fields).length > 0) result.changed.push({ title: entry.title, section: entry.section, fields });
  }
  for (const [id, entry] of before)
    if (!after.has(id)) result.removed.push({ title: entry.title, section: entry.section });
  return result;
}
