import type { AppDatabase } from "../../db/client";
import type { AnnexFate, AnnexItem } from "../../shared/fassung";
import { type BoardContribution, boardContributions } from "./board";

/**
 * The traceability annex of an event's draft as it stands (shared/fassung.ts): every contribution, in
 * track and document order, as on the board (deleted ones only when they were curated: an entry or a
 * decision still refers to them). Other contributions are named by their number in this list ("B3").
 */
export function annexOf(db: AppDatabase, eventId: string): AnnexItem[] {
  const contributions = boardContributions(db, eventId);
  const refs = new Map(contributions.map((contribution, index) => [contribution.id, `B${index + 1}`]));
  const sourcesByEntry = new Map<string, string[]>();
  for (const contribution of contributions) {
    if (!contribution.entryId) continue;
    sourcesByEntry.set(contribution.entryId, [...(sourcesByEntry.get(contribution.entryId) ?? []), contribution.id]);
  }
  return contributions.map((contribution) => ({
    ref: refs.get(contribution.id) as string,
    track: contribution.trackTitle,
    kind: contribution.kind,
    text: contribution.text,
    authorOrganisation: contribution.authorOrganisation,
    fate: fateOf(contribution, sourcesByEntry, refs),
  }));
}

function fateOf(
  contribution: BoardContribution,
  sourcesByEntry: Map<string, string[]>,
  refs: Map<string, string>,
): AnnexFate {
  switch (contribution.status) {
    case "adopted": {
      const entryId = contribution.entryId as string;
      const others = (sourcesByEntry.get(entryId) ?? []).filter((id) => id !== contribution.id);
      return {
        kind: "adopted",
        entryId,
        entryTitle: contribution.entryTitle ?? "",
        mergedWith: others.map((id) => refs.get(id) as string),
      };
    }
    case "rejected":
      return { kind: "rejected", reason: contribution.reason ?? "" };
    case "duplicate":
      // The original may have been deleted from its document and never curated: then it is not listed.
      return { kind: "duplicate", of: (contribution.duplicateOfId && refs.get(contribution.duplicateOfId)) || null };
    case "open":
      return { kind: "open" };
  }
}
