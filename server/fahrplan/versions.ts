import { createHash, randomUUID } from "node:crypto";
import { diffWords } from "diff";
import { and, desc, eq, max } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { roadmaps, roadmapVersions } from "../../db/schema";
import type { AnnexItem } from "../../shared/fassung";
import { closedPlenaryResult } from "../plenary/plenary-tally";
import { annexOf } from "./annex";
import type { CurationContext } from "./curation-context";
import { ensureRoadmap, loadRoadmap, type RoadmapView } from "./roadmap";

/**
 * What the moderator says about a Fassung when publishing it (issue #15.2): its title and note are part of
 * what is hashed; `emptySections` says whether sections without entries are listed once or left out.
 */
export interface PublicationChoices {
  title: string;
  note: string;
  emptySections: EmptySections;
}

export type EmptySections = "list" | "omit";

/** A Fassung without title or note, its empty sections listed (scripts and tests publish so). */
export const PLAIN_PUBLICATION: PublicationChoices = { title: "", note: "", emptySections: "list" };

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
      /** The closing plenary's result for this entry, when the Fassung was published after one (ADR 020). */
      plenary?: { consent: number; concern: number; onEarlierWording: number };
      sources: { track: string; kind: string; text: string; authorOrganisation: string | null }[];
    }[];
  }[];
  /** The fate of every contribution (issue #15.3); absent in Fassungen published before it existed. */
  annex?: AnnexItem[];
  /** Absent in the draft and in Fassungen published before it existed. */
  publication?: PublicationChoices;
  /** When the closing plenary whose result the entries carry was closed; absent without one. */
  plenaryClosedAt?: string;
}

/**
 * The draft as it would be published now: entries (with the result of the latest closed plenary, if
 * any) and the fate of every contribution.
 */
export function draftSnapshot(db: AppDatabase, eventId: string): RoadmapSnapshot {
  const snapshot = snapshotOf(loadRoadmap(db, eventId));
  const plenary = closedPlenaryResult(db, eventId);
  if (!plenary) return { ...snapshot, annex: annexOf(db, eventId) };
  const zero = { consent: 0, concern: 0, onEarlierWording: 0 };
  return {
    ...snapshot,
    sections: snapshot.sections.map((section) => ({
      ...section,
      entries: section.entries.map((entry) => ({ ...entry, plenary: plenary.tallies[entry.id] ?? zero })),
    })),
    annex: annexOf(db, eventId),
    plenaryClosedAt: plenary.closedAt,
  };
}

/** The SHA-256 of a snapshot as it is stored: a Fassung's content hash, or a draft's fingerprint. */
export function hashOf(snapshot: RoadmapSnapshot): string {
  return createHash("sha256").update(JSON.stringify(snapshot)).digest("hex");
}

/** The label the next published version will get ("Fassung 2.0" after "Fassung 1.0"). */
export function nextVersionLabel(db: AppDatabase, eventId: string): string {
  return labelOf(nextVersionNumber(db, ensureRoadmap(db, eventId).id));
}

function nextVersionNumber(db: AppDatabase, roadmapId: string): number {
  const last = db
    .select({ number: max(roadmapVersions.number) })
    .from(roadmapVersions)
    .where(eq(roadmapVersions.roadmapId, roadmapId))
    .get();
  return (last?.number ?? 0) + 1;
}

function labelOf(number: number): string {
  return `Fassung ${number}.0`;
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

/**
 * Freezes the current draft as the next version ("Fassung 1.0", "Fassung 2.0", …) with the moderator's
 * title and note, and its SHA-256. Reading and storing run synchronously, one after the other: no other
 * request's curation can come in between.
 */
export function publishVersion(
  ctx: CurationContext,
  choices: PublicationChoices = PLAIN_PUBLICATION,
): { number: number; label: string; contentHash: string } {
  const snapshot: RoadmapSnapshot = { ...draftSnapshot(ctx.db, ctx.eventId), publication: choices };
  const roadmapId = ensureRoadmap(ctx.db, ctx.eventId).id;
  const content = JSON.stringify(snapshot);
  const contentHash = hashOf(snapshot);
  const number = nextVersionNumber(ctx.db, roadmapId);
  const label = labelOf(number);
  ctx.db
    .insert(roadmapVersions)
    .values({
      id: randomUUID(),
      roadmapId,
      number,
      label,
      content,
      contentHash,
      publishedBy: `user:${ctx.actor.userId}`,
      publishedAt: new Date(),
    })
    .run();
  return { number, label, contentHash };
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
