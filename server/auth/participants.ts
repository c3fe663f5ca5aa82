import { randomInt, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { participants } from "../../db/schema";
import { PRESENCE_COLORS } from "../../shared/presence-colors";

/** Registers a participant who joined with a valid code. Names are kept as typed (trimmed). */
export function createParticipant(
  db: AppDatabase,
  input: { eventId: string; joinCodeId: string; displayName: string; organisation: string | null },
): string {
  const id = randomUUID();
  db.insert(participants)
    .values({
      id,
      eventId: input.eventId,
      joinCodeId: input.joinCodeId,
      displayName: input.displayName,
      organisation: input.organisation,
      color: PRESENCE_COLORS[randomInt(PRESENCE_COLORS.length)] ?? PRESENCE_COLORS[0],
    })
    .run();
  return id;
}

/** Removes a participant from the event: their sessions stop working; their text stays. */
export function removeParticipant(db: AppDatabase, participantId: string, now = new Date()): void {
  db.update(participants).set({ removedAt: now }).where(eq(participants.id, participantId)).run();
}
