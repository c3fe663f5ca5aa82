import { eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { participants, plenaryVoices } from "../../db/schema";
import { entryVersions, latestPlenary } from "./plenary";

/** The counts of one entry: voices given on the entry's current wording, and those on an earlier one. */
export interface EntryTally {
  consent: number;
  concern: number;
  /** Of those, given before the entry was last changed (the voter may confirm or change them). */
  onEarlierWording: number;
}

/** Every voice of a plenary with the voter's name, oldest first. */
export function voicesOf(db: AppDatabase, plenaryId: string) {
  return db
    .select({
      entryId: plenaryVoices.entryId,
      participantId: plenaryVoices.participantId,
      name: participants.displayName,
      voice: plenaryVoices.voice,
      comment: plenaryVoices.comment,
      entryVersion: plenaryVoices.entryVersion,
      reply: plenaryVoices.reply,
      resolved: plenaryVoices.resolved,
    })
    .from(plenaryVoices)
    .innerJoin(participants, eq(participants.id, plenaryVoices.participantId))
    .where(eq(plenaryVoices.plenaryId, plenaryId))
    .orderBy(plenaryVoices.createdAt)
    .all();
}

/** The tallies of a plenary's voices against the entries' current versions. */
export function talliesOf(
  voices: { entryId: string; voice: "consent" | "concern"; entryVersion: number }[],
  versions: Record<string, number>,
): Record<string, EntryTally> {
  const tallies: Record<string, EntryTally> = {};
  for (const voice of voices) {
    tallies[voice.entryId] ??= { consent: 0, concern: 0, onEarlierWording: 0 };
    const tally = tallies[voice.entryId] as EntryTally;
    tally[voice.voice] += 1;
    if (voice.entryVersion < (versions[voice.entryId] ?? 0)) tally.onEarlierWording += 1;
  }
  return tallies;
}

/**
 * The frozen result of the event's latest plenary when it is closed, per entry, for the Fassung
 * published from it (server/fahrplan/versions.ts); null while it is open or when there was none.
 */
export function closedPlenaryResult(
  db: AppDatabase,
  eventId: string,
): { closedAt: string; tallies: Record<string, EntryTally> } | null {
  const plenary = latestPlenary(db, eventId);
  if (plenary?.status !== "closed" || !plenary.closedAt) return null;
  const tallies = talliesOf(voicesOf(db, plenary.id), entryVersions(db, eventId));
  return { closedAt: plenary.closedAt.toISOString(), tallies };
}
