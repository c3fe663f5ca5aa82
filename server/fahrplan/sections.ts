import { randomUUID } from "node:crypto";
import { and, asc, eq, max } from "drizzle-orm";
import { roadmapSections } from "../../db/schema";
import type { CurationContext, CurationResult } from "./curation-context";
import { ensureRoadmap } from "./roadmap";

/** Sections of the Fahrplan: one per track at first; moderators rename, reorder and add them. */

function sectionOf(ctx: CurationContext, sectionId: string) {
  const roadmap = ensureRoadmap(ctx.db, ctx.eventId);
  const section = ctx.db
    .select()
    .from(roadmapSections)
    .where(and(eq(roadmapSections.id, sectionId), eq(roadmapSections.roadmapId, roadmap.id)))
    .get();
  return { roadmap, section };
}

export function addSection(ctx: CurationContext, title: string): CurationResult<{ sectionId: string }> {
  const roadmap = ensureRoadmap(ctx.db, ctx.eventId);
  const last = ctx.db
    .select({ position: max(roadmapSections.position) })
    .from(roadmapSections)
    .where(eq(roadmapSections.roadmapId, roadmap.id))
    .get();
  const id = randomUUID();
  ctx.db
    .insert(roadmapSections)
    .values({ id, roadmapId: roadmap.id, title, position: (last?.position ?? 0) + 1 })
    .run();
  return { ok: true, value: { sectionId: id } };
}

export function renameSection(ctx: CurationContext, sectionId: string, title: string): CurationResult {
  const { section } = sectionOf(ctx, sectionId);
  if (!section) return { ok: false, reason: "not-found" };
  ctx.db.update(roadmapSections).set({ title }).where(eq(roadmapSections.id, sectionId)).run();
  return { ok: true, value: null };
}

/** Moves a section one place up or down. */
export function moveSection(ctx: CurationContext, sectionId: string, direction: "up" | "down"): CurationResult {
  const { roadmap, section } = sectionOf(ctx, sectionId);
  if (!section) return { ok: false, reason: "not-found" };
  ctx.db.transaction((tx) => {
    const all = tx
      .select()
      .from(roadmapSections)
      .where(eq(roadmapSections.roadmapId, roadmap.id))
      .orderBy(asc(roadmapSections.position))
      .all();
    const index = all.findIndex((each) => each.id === sectionId);
    const other = all[direction === "up" ? index - 1 : index + 1];
    if (!other) return;
    tx.update(roadmapSections).set({ position: other.position }).where(eq(roadmapSections.id, section.id)).run();
    tx.update(roadmapSections).set({ position: section.position }).where(eq(roadmapSections.id, other.id)).run();
  });
  return { ok: true, value: null };
}
