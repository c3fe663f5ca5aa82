import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { type Contribution, contributions, roadmapEntries, roadmapSections, roadmaps, tracks } from "../../db/schema";
import type { Glossary } from "./glossary";
import { type Highlighted, highlight } from "./highlight";
import type { Level } from "./query";
import { compileQuery } from "./query";
import { rank } from "./rank";

/**
 * The moderators' search over the contributions and the Fahrplan entries of their events (ADR 021). The
 * texts are read from the database and matched in JavaScript: SQLite's FTS5 tokenizers know no German
 * stems, compounds or glossary, and better-sqlite3 cannot plug a tokenizer written in JavaScript into
 * FTS5. An event has hundreds, at most a few thousand texts, and their analyses are cached (analyse.ts),
 * so a search reads them all (bench/search-eval.ts measures it).
 */

interface HitBase {
  id: string;
  eventId: string;
  level: Level;
  /** The text as paragraphs of pieces, the matching words marked. */
  highlighted: Highlighted;
}

export interface ContributionHit extends HitBase {
  type: "contribution";
  trackId: string;
  trackTitle: string;
  kind: Contribution["kind"];
  authorName: string | null;
  authorOrganisation: string | null;
}

export interface EntryHit extends HitBase {
  type: "entry";
  sectionTitle: string;
  /** The first paragraph of `highlighted`. */
  title: string;
}

export type SearchHit = ContributionHit | EntryHit;

export interface SearchOptions {
  /** The events the searcher may see; nothing of other events is returned. */
  eventIds: string[];
  query: string;
  /** Each event's glossary (server/search/glossary.ts). */
  glossaryOf: (eventId: string) => Glossary;
  /** At most this many hits (default 50). */
  limit?: number;
}

const DEFAULT_LIMIT = 50;

type Candidate = { text: string } & (
  | Omit<ContributionHit, "level" | "highlighted">
  | Omit<EntryHit, "level" | "highlighted">
);

/** The best matching contributions (still in their documents) and Fahrplan entries, best first. */
export function search(db: AppDatabase, options: SearchOptions): SearchHit[] {
  const limit = normaliseLimit(options.limit);
  const hits: (SearchHit & { score: number })[] = [];
  for (const eventId of new Set(options.eventIds)) {
    const query = compileQuery(options.query, options.glossaryOf(eventId));
    if (!query) return [];
    const candidates = [...contributionsOf(db, eventId), ...entriesOf(db, eventId)];
    for (const { index, level, score, ranges } of rank(
      candidates.map((candidate) => candidate.text),
      query,
    )) {
      const { text, ...candidate } = candidates[index] as Candidate;
      hits.push({ ...candidate, level, score, highlighted: highlight(text, ranges) } as SearchHit & { score: number });
    }
  }
  return hits
    .sort((x, y) => x.level - y.level || y.score - x.score)
    .slice(0, limit)
    .map(({ score: _score, ...hit }) => hit as SearchHit);
}

function contributionsOf(db: AppDatabase, eventId: string): Candidate[] {
  return db
    .select({
      id: contributions.id,
      eventId: contributions.eventId,
      trackId: contributions.trackId,
      trackTitle: tracks.title,
      kind: contributions.kind,
      text: contributions.text,
      authorName: contributions.authorName,
      authorOrganisation: contributions.authorOrganisation,
    })
    .from(contributions)
    .innerJoin(tracks, eq(tracks.id, contributions.trackId))
    .where(and(eq(contributions.eventId, eventId), isNull(contributions.deletedAt)))
    .orderBy(tracks.position, contributions.position)
    .all()
    .map((row) => ({ type: "contribution", ...row }));
}

function entriesOf(db: AppDatabase, eventId: string): Candidate[] {
  return db
    .select({
      id: roadmapEntries.id,
      title: roadmapEntries.title,
      problemStatement: roadmapEntries.problemStatement,
      steps: roadmapEntries.steps,
      sectionTitle: roadmapSections.title,
    })
    .from(roadmapEntries)
    .innerJoin(roadmaps, eq(roadmaps.id, roadmapEntries.roadmapId))
    .innerJoin(roadmapSections, eq(roadmapSections.id, roadmapEntries.sectionId))
    .where(eq(roadmaps.eventId, eventId))
    .orderBy(roadmapSections.position, roadmapEntries.position)
    .all()
    .map((row) => ({
      type: "entry",
      id: row.id,
      eventId,
      title: row.title,
      sectionTitle: row.sectionTitle,
      // Title, problem and each step a paragraph of their own, so that the highlighting keeps them apart.
      text: [row.title, row.problemStatement, ...row.steps].filter((part) => part.trim() !== "").join("\n\n"),
    }));
}

function normaliseLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.max(1, Math.floor(limit));
}
