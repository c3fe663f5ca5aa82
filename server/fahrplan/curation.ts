import { randomUUID } from "node:crypto";
import { and, eq, inArray, max } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import {
  contributionDecisions,
  contributions,
  curationActions,
  entrySources,
  type RoadmapEntry,
  roadmapEntries,
  roadmapSections,
} from "../../db/schema";
import { pluralFor } from "../../shared/i18n/plural";
import {
  type CurationContext,
  type CurationResult,
  entryOf,
  meta,
  notFound,
  refused,
  roadmapOf,
} from "./curation-context";
import { lastUndoableAction, recordAction, restore, type Transaction } from "./curation-log";

/**
 * What moderators do with contributions (docs/curation.md): adopt them into entries, add, split, reject,
 * mark duplicates, put back, undo. Every action checks that all ids belong to the event's Fahrplan
 * (anything else is "not found" and changes nothing), runs in one transaction and is recorded for undo.
 * Editing entries is in entry-editing.ts, the shared types and checks in curation-context.ts.
 */

/** Undo summaries are stored with the action, in German like the Fahrplan itself (ADR 018). */
const plural = pluralFor("de-DE");

/**
 * Live contributions of this event in the order the ids were given (the moderator's selection: the first
 * one names a new entry); null if any id is unknown, deleted or of another event.
 */
function eventContributions(tx: AppDatabase | Transaction, eventId: string, ids: string[]) {
  if (ids.length === 0) return null;
  const rows = tx
    .select()
    .from(contributions)
    .where(and(inArray(contributions.id, ids), eq(contributions.eventId, eventId)))
    .all()
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  return rows.length === new Set(ids).size && rows.every((row) => !row.deletedAt) ? rows : null;
}

function isCurated(db: AppDatabase | Transaction, contributionIds: string[]): boolean {
  const adopted = db.select().from(entrySources).where(inArray(entrySources.contributionId, contributionIds)).get();
  const decided = db
    .select()
    .from(contributionDecisions)
    .where(inArray(contributionDecisions.contributionId, contributionIds))
    .get();
  return adopted !== undefined || decided !== undefined;
}

function nextPosition(tx: Transaction, sectionId: string): number {
  const row = tx
    .select({ last: max(roadmapEntries.position) })
    .from(roadmapEntries)
    .where(eq(roadmapEntries.sectionId, sectionId))
    .get();
  return (row?.last ?? 0) + 1;
}

function firstLine(text: string): string {
  const line = text.split("\n")[0]?.trim() ?? "";
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/**
 * Adopts one or more contributions (also from different tracks) as one new entry: its problem statement
 * from the problems' text, its steps from the steps' text, every contribution kept as a source with its
 * text as it is now. The entry goes into the section of the first contribution's track.
 */
export function adoptContributions(
  ctx: CurationContext,
  contributionIds: string[],
  sectionId?: string,
): CurationResult<{ entryId: string }> {
  const roadmap = roadmapOf(ctx);
  const rows = eventContributions(ctx.db, ctx.eventId, contributionIds);
  if (!rows) return notFound;
  if (isCurated(ctx.db, contributionIds)) return refused("contributions-curated");
  const sections = ctx.db.select().from(roadmapSections).where(eq(roadmapSections.roadmapId, roadmap.id)).all();
  const section = sectionId
    ? sections.find((each) => each.id === sectionId)
    : (sections.find((each) => each.trackId === rows[0]?.trackId) ?? sections[0]);
  if (!section) return notFound;
  const problems = rows.filter((row) => row.kind === "problem");
  const steps = rows.filter((row) => row.kind === "step");
  const entryId = randomUUID();
  const summary = plural(rows.length, "# Beitrag als Eintrag übernommen", "# Beiträge als Eintrag übernommen");
  return recordAction(ctx.db, meta(ctx, roadmap.id, "adopt", summary), { entryIds: [], contributionIds }, (tx) => {
    const now = new Date();
    tx.insert(roadmapEntries)
      .values({
        id: entryId,
        roadmapId: roadmap.id,
        sectionId: section.id,
        position: nextPosition(tx, section.id),
        title: firstLine((problems[0] ?? rows[0])?.text ?? ""),
        problemStatement: problems.map((row) => row.text).join("\n\n"),
        steps: steps.map((row) => row.text),
        updatedAt: now,
      })
      .run();
    for (const row of rows) {
      tx.insert(entrySources)
        .values({ entryId, contributionId: row.id, textAtAdoption: row.text, adoptedAt: now })
        .run();
    }
    return { createdEntryIds: [entryId], result: { ok: true, value: { entryId } } as const };
  });
}

/**
 * Adds more contributions to an existing entry (merging duplicates into it). A step becomes one of the
 * entry's steps, as it would in a new entry, unless the entry has that step already; a problem's text is
 * taken into the problem statement only while the entry has none (otherwise it is a duplicate of it).
 */
export function addSources(ctx: CurationContext, entryId: string, contributionIds: string[]): CurationResult {
  const roadmap = roadmapOf(ctx);
  const entry = entryOf(ctx.db, roadmap.id, entryId);
  const rows = eventContributions(ctx.db, ctx.eventId, contributionIds);
  if (!entry || !rows) return notFound;
  if (isCurated(ctx.db, contributionIds)) return refused("contributions-curated");
  const touched = { entryIds: [entryId], contributionIds };
  return recordAction(
    ctx.db,
    meta(ctx, roadmap.id, "merge", plural(rows.length, "# Beitrag zusammengeführt", "# Beiträge zusammengeführt")),
    touched,
    (tx) => {
      const now = new Date();
      for (const row of rows) {
        tx.insert(entrySources)
          .values({ entryId, contributionId: row.id, textAtAdoption: row.text, adoptedAt: now })
          .run();
      }
      tx.update(roadmapEntries)
        .set({ ...withSourcesText(entry, rows), version: entry.version + 1, updatedAt: now })
        .where(eq(roadmapEntries.id, entryId))
        .run();
      return { createdEntryIds: [], result: { ok: true, value: null } as const };
    },
  );
}

/** The entry's steps and problem statement with what added contributions bring to them. */
function withSourcesText(
  entry: Pick<RoadmapEntry, "steps" | "problemStatement">,
  rows: { kind: string; text: string }[],
): Pick<RoadmapEntry, "steps" | "problemStatement"> {
  const steps = [...entry.steps];
  const known = new Set(steps.map((step) => step.trim()));
  for (const row of rows) {
    if (row.kind !== "step" || known.has(row.text.trim())) continue;
    steps.push(row.text);
    known.add(row.text.trim());
  }
  const problems = rows.filter((row) => row.kind === "problem").map((row) => row.text);
  const problemStatement = entry.problemStatement.trim() === "" ? problems.join("\n\n") : entry.problemStatement;
  return { steps, problemStatement };
}

/** Moves some of an entry's sources into a new entry right after it. */
export function splitEntry(
  ctx: CurationContext,
  entryId: string,
  contributionIds: string[],
): CurationResult<{ entryId: string }> {
  const roadmap = roadmapOf(ctx);
  const entry = entryOf(ctx.db, roadmap.id, entryId);
  if (!entry) return notFound;
  const sources = ctx.db.select().from(entrySources).where(eq(entrySources.entryId, entryId)).all();
  const moving = sources.filter((source) => contributionIds.includes(source.contributionId));
  if (moving.length !== new Set(contributionIds).size) return notFound;
  if (moving.length === 0 || moving.length === sources.length) {
    return refused("split-needs-some-sources");
  }
  const newId = randomUUID();
  const rows = ctx.db.select().from(contributions).where(inArray(contributions.id, contributionIds)).all();
  const touched = { entryIds: [entryId], contributionIds };
  return recordAction(ctx.db, meta(ctx, roadmap.id, "split", "Eintrag aufgeteilt"), touched, (tx) => {
    const now = new Date();
    const siblings = tx.select().from(roadmapEntries).where(eq(roadmapEntries.sectionId, entry.sectionId)).all();
    for (const sibling of siblings.filter((each) => each.position > entry.position)) {
      tx.update(roadmapEntries)
        .set({ position: sibling.position + 1 })
        .where(eq(roadmapEntries.id, sibling.id))
        .run();
    }
    const first = rows.find((row) => row.kind === "problem") ?? rows[0];
    tx.insert(roadmapEntries)
      .values({
        id: newId,
        roadmapId: roadmap.id,
        sectionId: entry.sectionId,
        position: entry.position + 1,
        title: firstLine(first?.text ?? ""),
        problemStatement: rows
          .filter((row) => row.kind === "problem")
          .map((row) => row.text)
          .join("\n\n"),
        steps: rows.filter((row) => row.kind === "step").map((row) => row.text),
        updatedAt: now,
      })
      .run();
    tx.update(entrySources)
      .set({ entryId: newId })
      .where(and(eq(entrySources.entryId, entryId), inArray(entrySources.contributionId, contributionIds)))
      .run();
    tx.update(roadmapEntries)
      .set({ version: entry.version + 1, updatedAt: now })
      .where(eq(roadmapEntries.id, entryId))
      .run();
    return { createdEntryIds: [newId], result: { ok: true, value: { entryId: newId } } as const };
  });
}

/** Rejects a contribution with a reason, or marks it as a duplicate of another. */
export function decideContribution(
  ctx: CurationContext,
  contributionId: string,
  decision: { kind: "rejected"; reason: string } | { kind: "duplicate"; duplicateOfId: string },
): CurationResult {
  const roadmap = roadmapOf(ctx);
  const ids = decision.kind === "duplicate" ? [contributionId, decision.duplicateOfId] : [contributionId];
  if (!eventContributions(ctx.db, ctx.eventId, ids)) return notFound;
  if (decision.kind === "duplicate" && decision.duplicateOfId === contributionId) return refused("duplicate-of-itself");
  if (isCurated(ctx.db, [contributionId])) return refused("contribution-curated");
  const summary = decision.kind === "rejected" ? "Beitrag abgelehnt" : "Beitrag als Duplikat markiert";
  const touched = { entryIds: [], contributionIds: [contributionId] };
  return recordAction(ctx.db, meta(ctx, roadmap.id, decision.kind, summary), touched, (tx) => {
    tx.insert(contributionDecisions)
      .values({
        contributionId,
        decision: decision.kind,
        reason: decision.kind === "rejected" ? decision.reason : null,
        duplicateOfId: decision.kind === "duplicate" ? decision.duplicateOfId : null,
        decidedBy: `user:${ctx.actor.userId}`,
        decidedAt: new Date(),
      })
      .run();
    return { createdEntryIds: [], result: { ok: true, value: null } as const };
  });
}

/** Puts a contribution back to "open": out of its entry, its decision withdrawn. */
export function putBack(ctx: CurationContext, contributionId: string): CurationResult {
  const roadmap = roadmapOf(ctx);
  const row = ctx.db
    .select()
    .from(contributions)
    .where(and(eq(contributions.id, contributionId), eq(contributions.eventId, ctx.eventId)))
    .get();
  if (!row) return notFound;
  const source = ctx.db.select().from(entrySources).where(eq(entrySources.contributionId, contributionId)).get();
  const touched = { entryIds: source ? [source.entryId] : [], contributionIds: [contributionId] };
  return recordAction(ctx.db, meta(ctx, roadmap.id, "put-back", "Beitrag zurückgelegt"), touched, (tx) => {
    tx.delete(entrySources).where(eq(entrySources.contributionId, contributionId)).run();
    tx.delete(contributionDecisions).where(eq(contributionDecisions.contributionId, contributionId)).run();
    return { createdEntryIds: [], result: { ok: true, value: null } as const };
  });
}

/** Undoes the latest curation action of the Fahrplan that was not undone yet. */
export function undoLastAction(ctx: CurationContext): CurationResult<{ summary: string }> {
  const roadmap = roadmapOf(ctx);
  const action = lastUndoableAction(ctx.db, roadmap.id);
  if (!action) return refused("nothing-to-undo");
  ctx.db.transaction((tx) => {
    restore(tx, action.undo);
    tx.update(curationActions).set({ undoneAt: new Date() }).where(eq(curationActions.id, action.id)).run();
  });
  return { ok: true, value: { summary: action.summary } };
}
