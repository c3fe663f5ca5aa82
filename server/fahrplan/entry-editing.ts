import { and, asc, eq, inArray } from "drizzle-orm";
import { roadmapEntries, roadmapSections } from "../../db/schema";
import {
  type CurationContext,
  type CurationResult,
  type EntryFields,
  entryOf,
  meta,
  notFound,
  roadmapOf,
} from "./curation-context";
import { recordAction, type Transaction } from "./curation-log";

/** Editing and ordering the entries of the Fahrplan: fields with a conflict check, and moves. */

/**
 * Saves an entry's fields if nobody changed it since `expectedVersion`; otherwise nothing is written and
 * the current entry comes back, so that the conflict can be shown instead of silently overwritten.
 */
export function updateEntry(
  ctx: CurationContext,
  entryId: string,
  expectedVersion: number,
  fields: EntryFields,
): CurationResult {
  const roadmap = roadmapOf(ctx);
  const entry = entryOf(ctx.db, roadmap.id, entryId);
  if (!entry) return notFound;
  if (entry.version !== expectedVersion) {
    return { ok: false, reason: "conflict", current: entry };
  }
  const touched = { entryIds: [entryId], contributionIds: [] };
  return recordAction(ctx.db, meta(ctx, roadmap.id, "edit", `Eintrag „${fields.title}“ bearbeitet`), touched, (tx) => {
    tx.update(roadmapEntries)
      .set({ ...fields, version: entry.version + 1, updatedAt: new Date() })
      .where(and(eq(roadmapEntries.id, entryId), eq(roadmapEntries.version, expectedVersion)))
      .run();
    return { createdEntryIds: [], result: { ok: true, value: null } as const };
  });
}

/** Moves an entry to a place in a section (1-based), renumbering the entries around it. */
export function moveEntry(ctx: CurationContext, entryId: string, sectionId: string, position: number): CurationResult {
  const roadmap = roadmapOf(ctx);
  const entry = entryOf(ctx.db, roadmap.id, entryId);
  const section = ctx.db
    .select()
    .from(roadmapSections)
    .where(and(eq(roadmapSections.id, sectionId), eq(roadmapSections.roadmapId, roadmap.id)))
    .get();
  if (!entry || !section) return notFound;
  const affected = ctx.db
    .select({ id: roadmapEntries.id })
    .from(roadmapEntries)
    .where(inArray(roadmapEntries.sectionId, [entry.sectionId, sectionId]))
    .all()
    .map((row) => row.id);
  const touched = { entryIds: affected, contributionIds: [] };
  return recordAction(ctx.db, meta(ctx, roadmap.id, "move", "Eintrag verschoben"), touched, (tx) => {
    const target = tx
      .select()
      .from(roadmapEntries)
      .where(eq(roadmapEntries.sectionId, sectionId))
      .orderBy(asc(roadmapEntries.position))
      .all()
      .filter((each) => each.id !== entryId);
    const index = Math.max(0, Math.min(target.length, position - 1));
    target.splice(index, 0, entry);
    target.forEach((each, i) => {
      const moved = each.id === entryId;
      tx.update(roadmapEntries)
        .set({ sectionId, position: i + 1, ...(moved ? { version: entry.version + 1, updatedAt: new Date() } : {}) })
        .where(eq(roadmapEntries.id, each.id))
        .run();
    });
    if (entry.sectionId !== sectionId) renumber(tx, entry.sectionId);
    return { createdEntryIds: [], result: { ok: true, value: null } as const };
  });
}

function renumber(tx: Transaction, sectionId: string): void {
  const rows = tx
    .select()
    .from(roadmapEntries)
    .where(eq(roadmapEntries.sectionId, sectionId))
    .orderBy(asc(roadmapEntries.position))
    .all();
  rows.forEach((row, i) => {
    tx.update(roadmapEntries)
      .set({ position: i + 1 })
      .where(eq(roadmapEntries.id, row.id))
      .run();
  });
}
