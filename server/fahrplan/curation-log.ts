import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { contributionDecisions, curationActions, entrySources, roadmapEntries, type UndoRecord } from "../../db/schema";

export type Transaction = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

export interface Touched {
  entryIds: string[];
  contributionIds: string[];
}

/**
 * Runs a curation action in one transaction and records it with everything needed to undo it: the rows of
 * the entries, sources and decisions it may touch, as they were before. Undo restores exactly those rows,
 * so every action is undoable without an inverse written for each.
 */
export function recordAction<T>(
  db: AppDatabase,
  meta: { roadmapId: string; action: string; actor: string; summary: string },
  touched: Touched,
  run: (tx: Transaction) => { createdEntryIds: string[]; result: T },
): T {
  return db.transaction((tx) => {
    const before = snapshot(tx, touched);
    const { createdEntryIds, result } = run(tx);
    const undo: UndoRecord = {
      ...before,
      createdEntryIds,
      touchedEntryIds: touched.entryIds,
      touchedContributionIds: touched.contributionIds,
    };
    tx.insert(curationActions)
      .values({ ...meta, undo, at: new Date() })
      .run();
    return result;
  });
}

function snapshot(tx: Transaction, touched: Touched): Pick<UndoRecord, "entries" | "sources" | "decisions"> {
  const { entryIds, contributionIds } = touched;
  return {
    entries: entryIds.length ? tx.select().from(roadmapEntries).where(inArray(roadmapEntries.id, entryIds)).all() : [],
    sources:
      entryIds.length || contributionIds.length
        ? tx
            .select()
            .from(entrySources)
            .where(
              or(
                inArray(entrySources.entryId, entryIds.length ? entryIds : [""]),
                inArray(entrySources.contributionId, contributionIds.length ? contributionIds : [""]),
              ),
            )
            .all()
        : [],
    decisions: contributionIds.length
      ? tx
          .select()
          .from(contributionDecisions)
          .where(inArray(contributionDecisions.contributionId, contributionIds))
          .all()
      : [],
  };
}

/** The latest action that was not undone yet, or null. */
export function lastUndoableAction(db: AppDatabase, roadmapId: string) {
  return (
    db
      .select()
      .from(curationActions)
      .where(and(eq(curationActions.roadmapId, roadmapId), isNull(curationActions.undoneAt)))
      .orderBy(desc(curationActions.id))
      .get() ?? null
  );
}

/** Undoes an action: removes what it created and puts every row it touched back as it was. */
export function restore(tx: Transaction, undo: UndoRecord): void {
  if (undo.createdEntryIds.length)
    tx.delete(roadmapEntries).where(inArray(roadmapEntries.id, undo.createdEntryIds)).run();
  for (const entry of undo.entries) {
    const row = { ...entry, createdAt: new Date(entry.createdAt), updatedAt: new Date(entry.updatedAt) };
    tx.insert(roadmapEntries).values(row).onConflictDoUpdate({ target: roadmapEntries.id, set: row }).run();
  }
  if (undo.touchedEntryIds.length)
    tx.delete(entrySources).where(inArray(entrySources.entryId, undo.touchedEntryIds)).run();
  if (undo.touchedContributionIds.length) {
    tx.delete(entrySources).where(inArray(entrySources.contributionId, undo.touchedContributionIds)).run();
    tx.delete(contributionDecisions)
      .where(inArray(contributionDecisions.contributionId, undo.touchedContributionIds))
      .run();
  }
  for (const source of undo.sources) {
    tx.insert(entrySources)
      .values({ ...source, adoptedAt: new Date(source.adoptedAt) })
      .onConflictDoNothing()
      .run();
  }
  for (const decision of undo.decisions) {
    tx.insert(contributionDecisions)
      .values({ ...decision, decidedAt: new Date(decision.decidedAt) })
      .onConflictDoNothing()
      .run();
  }
}
