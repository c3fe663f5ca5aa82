import { and, asc, eq, sql } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { contributionDecisions, contributions, entrySources, roadmapEntries, tracks, votes } from "../../db/schema";

export type CurationStatus = "open" | "adopted" | "rejected" | "duplicate";

export interface BoardContribution {
  id: string;
  trackId: string;
  trackTitle: string;
  kind: "problem" | "step";
  text: string;
  authorName: string | null;
  authorOrganisation: string | null;
  votes: number;
  deleted: boolean;
  status: CurationStatus;
  /** Adopted: the entry; rejected: the reason; duplicate: the id of the original. */
  entryId: string | null;
  entryTitle: string | null;
  reason: string | null;
  duplicateOfId: string | null;
}

/**
 * Every contribution of an event with its curation status and votes, in track and document order, for the
 * moderation board. Deleted contributions are included only when they were curated (their source must
 * stay visible).
 */
export function boardContributions(db: AppDatabase, eventId: string): BoardContribution[] {
  const voteSum = sql<number>`coalesce((select sum(${votes.count}) from ${votes} where ${votes.contributionId} = ${contributions.id}), 0)`;
  const rows = db
    .select({
      id: contributions.id,
      trackId: contributions.trackId,
      trackTitle: tracks.title,
      trackPosition: tracks.position,
      kind: contributions.kind,
      text: contributions.text,
      authorName: contributions.authorName,
      authorOrganisation: contributions.authorOrganisation,
      deletedAt: contributions.deletedAt,
      votes: voteSum,
      entryId: entrySources.entryId,
      entryTitle: roadmapEntries.title,
      decision: contributionDecisions.decision,
      reason: contributionDecisions.reason,
      duplicateOfId: contributionDecisions.duplicateOfId,
    })
    .from(contributions)
    .innerJoin(tracks, eq(contributions.trackId, tracks.id))
    .leftJoin(entrySources, eq(entrySources.contributionId, contributions.id))
    .leftJoin(roadmapEntries, eq(roadmapEntries.id, entrySources.entryId))
    .leftJoin(contributionDecisions, eq(contributionDecisions.contributionId, contributions.id))
    .where(and(eq(contributions.eventId, eventId)))
    .orderBy(asc(tracks.position), asc(contributions.position))
    .all();
  return rows
    .filter((row) => !row.deletedAt || row.entryId || row.decision)
    .map((row) => ({
      id: row.id,
      trackId: row.trackId,
      trackTitle: row.trackTitle,
      kind: row.kind,
      text: row.text,
      authorName: row.authorName,
      authorOrganisation: row.authorOrganisation,
      votes: Number(row.votes),
      deleted: row.deletedAt !== null,
      status: row.entryId ? "adopted" : (row.decision ?? "open"),
      entryId: row.entryId,
      entryTitle: row.entryTitle,
      reason: row.reason,
      duplicateOfId: row.duplicateOfId,
    }));
}
