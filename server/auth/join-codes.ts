import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { events, joinCodes } from "../../db/schema";
import { isWellFormedJoinCode, normaliseJoinCode } from "../../shared/join-code";
import { randomJoinCode } from "./secrets";

/** The event's current join code (normalised), or null if it has none. */
export function currentJoinCode(db: AppDatabase, eventId: string): string | null {
  return (
    db
      .select({ code: joinCodes.code })
      .from(joinCodes)
      .where(and(eq(joinCodes.eventId, eventId), isNull(joinCodes.revokedAt)))
      .get()?.code ?? null
  );
}

/**
 * Gives every event without a current code one: `preset` (FAHRPLAN_JOIN_CODE, for printed flyers) for the
 * first event that needs one, random codes otherwise. Runs at every start and changes nothing once every
 * event has a code.
 */
export function ensureJoinCodes(db: AppDatabase, preset: string | null): void {
  let unusedPreset = preset;
  for (const event of db.select({ id: events.id }).from(events).all()) {
    if (currentJoinCode(db, event.id)) continue;
    const code = unusedPreset && !codeTaken(db, unusedPreset) ? unusedPreset : uniqueRandomCode(db);
    unusedPreset = null;
    db.insert(joinCodes).values({ id: randomUUID(), eventId: event.id, code }).run();
  }
}

/**
 * Replaces the event's code by a new random one, in one transaction. Everyone who joined with the old code
 * loses their session (server/auth/sessions.ts checks the code); they join again with the new one.
 */
export function rotateJoinCode(db: AppDatabase, eventId: string, now = new Date()): string {
  return db.transaction((tx) => {
    tx.update(joinCodes)
      .set({ revokedAt: now })
      .where(and(eq(joinCodes.eventId, eventId), isNull(joinCodes.revokedAt)))
      .run();
    const code = uniqueRandomCode(tx as unknown as AppDatabase);
    tx.insert(joinCodes).values({ id: randomUUID(), eventId, code }).run();
    return code;
  });
}

/** The event and code row a typed code opens, or null. Accepts the code as people type it. */
export function findJoinCode(db: AppDatabase, typed: string): { eventId: string; joinCodeId: string } | null {
  const code = normaliseJoinCode(typed);
  if (!isWellFormedJoinCode(code)) return null;
  const row = db
    .select({ eventId: joinCodes.eventId, joinCodeId: joinCodes.id })
    .from(joinCodes)
    .where(and(eq(joinCodes.code, code), isNull(joinCodes.revokedAt)))
    .get();
  return row ?? null;
}

function codeTaken(db: AppDatabase, code: string): boolean {
  return db.select({ id: joinCodes.id }).from(joinCodes).where(eq(joinCodes.code, code)).get() !== undefined;
}

function uniqueRandomCode(db: AppDatabase): string {
  for (;;) {
    const code = randomJoinCode();
    if (!codeTaken(db, code)) return code;
  }
}
