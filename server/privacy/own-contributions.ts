import { and, asc, eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { contributions, tracks } from "../../db/schema";
import type { ParticipantPrincipal } from "../auth/principal";

export interface OwnContribution {
  id: string;
  track: string;
  kind: "problem" | "step";
  text: string;
  createdAt: string;
  updatedAt: string;
  /** Set when the block was deleted from the document; the text is still stored (contribution history). */
  deletedAt: string | null;
}

export interface OwnData {
  participant: { id: string; displayName: string; organisation: string | null; eventId: string };
  contributions: OwnContribution[];
}

/**
 * Everything Fahrplan holds that a participant wrote, for the participant's right of access and data
 * portability (Art. 15 and 20 DSGVO): read from the contributions read model, their own rows only.
 */
export function ownData(db: AppDatabase, participant: ParticipantPrincipal): OwnData {
  const rows = db
    .select({
      id: contributions.id,
      track: tracks.title,
      kind: contributions.kind,
      text: contributions.text,
      createdAt: contributions.createdAt,
      updatedAt: contributions.updatedAt,
      deletedAt: contributions.deletedAt,
    })
    .from(contributions)
    .innerJoin(tracks, eq(contributions.trackId, tracks.id))
    .where(and(eq(contributions.eventId, participant.eventId), eq(contributions.authorId, participant.participantId)))
    .orderBy(asc(tracks.position), asc(contributions.position))
    .all();
  return {
    participant: {
      id: participant.participantId,
      displayName: participant.displayName,
      organisation: participant.organisation,
      eventId: participant.eventId,
    },
    contributions: rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      deletedAt: row.deletedAt?.toISOString() ?? null,
    })),
  };
}

/** The same data as readable text (Markdown), grouped by track. */
export function ownDataAsMarkdown(
  data: OwnData,
  labels: { title: string; kinds: Record<"problem" | "step", string> },
): string {
  const lines = [
    `# ${labels.title}`,
    "",
    `${data.participant.displayName}${data.participant.organisation ? ` (${data.participant.organisation})` : ""}`,
  ];
  let track = "";
  for (const contribution of data.contributions) {
    if (contribution.track !== track) {
      track = contribution.track;
      lines.push("", `## ${track}`);
    }
    const deleted = contribution.deletedAt ? " (gelöscht)" : "";
    lines.push("", `**${labels.kinds[contribution.kind]}${deleted}:** ${contribution.text.replace(/\n/g, "\n\n")}`);
  }
  return `${lines.join("\n")}\n`;
}
