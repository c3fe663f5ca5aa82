import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { documentSnapshots, documentUpdates, participants } from "../../db/schema";
import { draftDocumentName, parseDraftDocumentName, trackDocumentName } from "../../shared/document-name";
import type { Author } from "../contributions/authors";

/** A participant's draft in a track, as the moderators' list shows it. */
export interface DraftOwner {
  participantId: string;
  documentName: string;
  displayName: string;
  organisation: string | null;
}

type Reader = Pick<AppDatabase, "select" | "selectDistinct">;

/**
 * The participants who have a stored draft in a track, in the order they joined. A draft exists once its
 * author opened it: its empty structure is stored at the first load (registry `initialize`), so the
 * document store knows every draft; a draft that was never opened holds nothing to reveal.
 */
export function listDrafts(db: Reader, trackId: string): DraftOwner[] {
  // Draft names share the prefix `track.<id>.draft.`: a range over the indexed name column finds them.
  const from = `${trackDocumentName(trackId)}.draft.`;
  const to = `${trackDocumentName(trackId)}.draft/`; // "/" follows "." in code-point order
  const names = new Set<string>();
  const inRange = (column: typeof documentUpdates.documentName | typeof documentSnapshots.documentName) =>
    and(gte(column, from), lt(column, to));
  for (const row of db
    .selectDistinct({ name: documentUpdates.documentName })
    .from(documentUpdates)
    .where(inRange(documentUpdates.documentName))
    .all()) {
    names.add(row.name);
  }
  for (const row of db
    .select({ name: documentSnapshots.documentName })
    .from(documentSnapshots)
    .where(inRange(documentSnapshots.documentName))
    .all()) {
    names.add(row.name);
  }
  const ids = [...names].flatMap((name) => {
    const draft = parseDraftDocumentName(name);
    return draft && draft.trackId === trackId ? [draft.participantId] : [];
  });
  if (ids.length === 0) return [];
  return db
    .select({ id: participants.id, displayName: participants.displayName, organisation: participants.organisation })
    .from(participants)
    .where(inArray(participants.id, ids))
    .orderBy(asc(participants.createdAt), asc(participants.id))
    .all()
    .map((row) => ({
      participantId: row.id,
      documentName: draftDocumentName(trackId, row.id),
      displayName: row.displayName,
      organisation: row.organisation,
    }));
}

/** Whether a draft may exist at all: its author is a participant of the track's event. */
export function isDraftAuthorOf(db: Reader, eventId: string, participantId: string): boolean {
  const row = db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.id, participantId), eq(participants.eventId, eventId)))
    .get();
  return row !== undefined;
}

/** The author a revealed contribution carries: the draft's owner, as they joined. */
export function authorOfDraft(owner: DraftOwner): Author {
  return { id: owner.participantId, name: owner.displayName, organisation: owner.organisation };
}
