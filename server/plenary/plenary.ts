import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { plenaries, plenaryVoices, roadmapEntries } from "../../db/schema";
import type { ParticipantPrincipal } from "../auth/principal";
import type { CurationContext } from "../fahrplan/curation-context";
import { ensureRoadmap } from "../fahrplan/roadmap";

/**
 * The closing plenary of an event (Abschlussplenum, ADR 020): the event's moderators open it on the
 * current draft; each participant gives one voice per entry — consent or concerns, with an optional
 * comment — and may change it until the moderators close the plenary, which freezes every voice. Who may
 * call what is decided by the caller (server/auth/principal.ts: plenaryRole); every id is checked here to
 * belong to the event, and the voter is always the session's participant.
 */

export type Plenary = typeof plenaries.$inferSelect;

/** Why the plenary refused: the route turns the code into words (`plenary.refusals` in shared/i18n). */
export type PlenaryRefusal = "not-found" | "not-open" | "already-open";

export type PlenaryResult<T = null> = { ok: true; value: T } | { ok: false; reason: PlenaryRefusal };

export type Voice = "consent" | "concern";

const refused = (reason: PlenaryRefusal) => ({ ok: false, reason }) as const;
const done = { ok: true, value: null } as const;

/** The event's latest plenary, open or closed; null when there was none yet. */
export function latestPlenary(db: AppDatabase, eventId: string): Plenary | null {
  return (
    db.select().from(plenaries).where(eq(plenaries.eventId, eventId)).orderBy(desc(plenaries.openedAt)).get() ?? null
  );
}

/** The event's open plenary, or null. */
export function openPlenaryOf(db: AppDatabase, eventId: string): Plenary | null {
  const latest = latestPlenary(db, eventId);
  return latest?.status === "open" ? latest : null;
}

/** Opens a plenary on the draft as it is now, remembering each entry's version to mark later edits. */
export function openPlenary(ctx: CurationContext): PlenaryResult<Plenary> {
  if (openPlenaryOf(ctx.db, ctx.eventId)) return refused("already-open");
  const plenary: Plenary = {
    id: randomUUID(),
    eventId: ctx.eventId,
    status: "open",
    openedVersions: entryVersions(ctx.db, ctx.eventId),
    projectedEntryId: null,
    openedBy: `user:${ctx.actor.userId}`,
    openedAt: new Date(),
    closedBy: null,
    closedAt: null,
  };
  ctx.db.insert(plenaries).values(plenary).run();
  return { ok: true, value: plenary };
}

/** Closes the open plenary: from now on its voices, comments and answers stay as they are. */
export function closePlenary(ctx: CurationContext): PlenaryResult {
  const plenary = openPlenaryOf(ctx.db, ctx.eventId);
  if (!plenary) return refused("not-open");
  ctx.db
    .update(plenaries)
    .set({
      status: "closed",
      closedBy: `user:${ctx.actor.userId}`,
      closedAt: new Date(),
      projectedEntryId: null,
    })
    .where(eq(plenaries.id, plenary.id))
    .run();
  return done;
}

/** Puts an entry of the draft on the projector (null: none). */
export function projectEntry(ctx: CurationContext, entryId: string | null): PlenaryResult {
  const plenary = openPlenaryOf(ctx.db, ctx.eventId);
  if (!plenary) return refused("not-open");
  if (entryId !== null && !entryVersion(ctx.db, ctx.eventId, entryId)) return refused("not-found");
  ctx.db.update(plenaries).set({ projectedEntryId: entryId }).where(eq(plenaries.id, plenary.id)).run();
  return done;
}

/**
 * The participant's voice on an entry, given or changed (also to confirm it for the entry's current
 * wording). The voter is the session's participant, never an id from the form; an entry of another
 * event is "not found".
 */
export function giveVoice(
  db: AppDatabase,
  voter: ParticipantPrincipal,
  input: { entryId: string; voice: Voice; comment: string },
): PlenaryResult {
  const plenary = openPlenaryOf(db, voter.eventId);
  if (!plenary) return refused("not-open");
  const version = entryVersion(db, voter.eventId, input.entryId);
  if (version === null) return refused("not-found");
  const now = new Date();
  const comment = input.comment.trim() === "" ? null : input.comment.trim();
  db.insert(plenaryVoices)
    .values({
      plenaryId: plenary.id,
      entryId: input.entryId,
      participantId: voter.participantId,
      voice: input.voice,
      comment,
      entryVersion: version,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [plenaryVoices.plenaryId, plenaryVoices.entryId, plenaryVoices.participantId],
      set: { voice: input.voice, comment, entryVersion: version, updatedAt: now },
    })
    .run();
  return done;
}

/** A moderator's answer to a participant's comment on an entry, and whether the point is resolved. */
export function answerComment(
  ctx: CurationContext,
  input: { entryId: string; participantId: string; reply: string; resolved: boolean },
): PlenaryResult {
  const plenary = openPlenaryOf(ctx.db, ctx.eventId);
  if (!plenary) return refused("not-open");
  const where = and(
    eq(plenaryVoices.plenaryId, plenary.id),
    eq(plenaryVoices.entryId, input.entryId),
    eq(plenaryVoices.participantId, input.participantId),
  );
  const voice = ctx.db.select({ comment: plenaryVoices.comment }).from(plenaryVoices).where(where).get();
  if (!voice?.comment) return refused("not-found");
  const reply = input.reply.trim() === "" ? null : input.reply.trim();
  ctx.db.update(plenaryVoices).set({ reply, resolved: input.resolved, updatedAt: new Date() }).where(where).run();
  return done;
}

/** The current version of every entry of the event's draft, by entry id. */
export function entryVersions(db: AppDatabase, eventId: string): Record<string, number> {
  const roadmap = ensureRoadmap(db, eventId);
  const rows = db
    .select({ id: roadmapEntries.id, version: roadmapEntries.version })
    .from(roadmapEntries)
    .where(eq(roadmapEntries.roadmapId, roadmap.id))
    .all();
  return Object.fromEntries(rows.map((entry) => [entry.id, entry.version]));
}

/** The entry's current version when it belongs to the event's Fahrplan; null otherwise. */
function entryVersion(db: AppDatabase, eventId: string, entryId: string): number | null {
  const roadmap = ensureRoadmap(db, eventId);
  const row = db
    .select({ version: roadmapEntries.version })
    .from(roadmapEntries)
    .where(and(eq(roadmapEntries.id, entryId), eq(roadmapEntries.roadmapId, roadmap.id)))
    .get();
  return row?.version ?? null;
}
