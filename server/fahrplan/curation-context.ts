import { and, eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { type RoadmapEntry, roadmapEntries } from "../../db/schema";
import type { AccountPrincipal } from "../auth/principal";
import type { Transaction } from "./curation-log";
import { ensureRoadmap } from "./roadmap";

/**
 * What moderators do with contributions and entries (docs/curation.md). Every action checks that all ids
 * belong to the event's Fahrplan (anything else is "not found" and changes nothing), runs in one
 * transaction and is recorded for undo with who did it and when.
 */
export interface CurationContext {
  db: AppDatabase;
  actor: AccountPrincipal;
  eventId: string;
}

/**
 * Why curation refused an action. The route turns the code into words in the visitor's language
 * (`fahrplan.curationRefusals` in shared/i18n); `not-found` is a 404, every other refusal a 409.
 */
export type CurationRefusal =
  | "not-found"
  | "contributions-curated"
  | "contribution-curated"
  | "split-needs-some-sources"
  | "duplicate-of-itself"
  | "nothing-to-undo"
  | "conflict";

export type CurationResult<T = null> =
  | { ok: true; value: T }
  | { ok: false; reason: Exclude<CurationRefusal, "conflict"> }
  | { ok: false; reason: "conflict"; current: RoadmapEntry };

export const refused = (reason: Exclude<CurationRefusal, "conflict">) => ({ ok: false, reason }) as const;
export const notFound = refused("not-found");

/** The fields of an entry a moderator edits (server/fahrplan/entry-editing.ts). */
export interface EntryFields {
  title: string;
  problemStatement: string;
  steps: string[];
  responsibleParty: RoadmapEntry["responsibleParty"];
  responsibleOther: string | null;
  timeHorizon: RoadmapEntry["timeHorizon"];
  targetQuarter: string | null;
  priority: RoadmapEntry["priority"];
  status: RoadmapEntry["status"];
}

export function roadmapOf(ctx: CurationContext) {
  return ensureRoadmap(ctx.db, ctx.eventId);
}

/** The record of an action for the curation log (who did what, for undo). */
export function meta(ctx: CurationContext, roadmapId: string, action: string, summary: string) {
  return { roadmapId, action, actor: `user:${ctx.actor.userId}`, summary };
}

/** The entry, when it belongs to this Fahrplan. */
export function entryOf(db: AppDatabase | Transaction, roadmapId: string, entryId: string) {
  return db
    .select()
    .from(roadmapEntries)
    .where(and(eq(roadmapEntries.id, entryId), eq(roadmapEntries.roadmapId, roadmapId)))
    .get();
}
