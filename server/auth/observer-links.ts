import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { type ObserverLink, observerLinks } from "../../db/schema";
import { hashToken, randomToken } from "./secrets";

/** Creates a read-only link; returns the secret token, which is shown once and stored only as a hash. */
export function createObserverLink(
  db: AppDatabase,
  input: { eventId: string; trackId: string | null; label: string },
): { id: string; token: string } {
  const id = randomUUID();
  const token = randomToken();
  db.insert(observerLinks)
    .values({ id, ...input, tokenHash: hashToken(token) })
    .run();
  return { id, token };
}

/** The link a token opens, if it exists and was not revoked. */
export function findObserverLink(db: AppDatabase, token: string): ObserverLink | null {
  return (
    db
      .select()
      .from(observerLinks)
      .where(and(eq(observerLinks.tokenHash, hashToken(token)), isNull(observerLinks.revokedAt)))
      .get() ?? null
  );
}

export function revokeObserverLink(db: AppDatabase, id: string, now = new Date()): void {
  db.update(observerLinks).set({ revokedAt: now }).where(eq(observerLinks.id, id)).run();
}

export function observerPath(token: string): string {
  return `/observe/${token}`;
}
