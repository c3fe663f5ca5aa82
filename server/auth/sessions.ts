import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { joinCodes, moderatorAssignments, observerLinks, participants, sessions, users } from "../../db/schema";
import type { Principal } from "./principal";
import { hashToken, randomToken } from "./secrets";
import { SESSION_POLICY, TOUCH_INTERVAL_MS } from "./session-policy";

export type SessionSubject = { userId: string } | { participantId: string } | { observerLinkId: string };

function policyFor(subject: SessionSubject) {
  if ("userId" in subject) return SESSION_POLICY.account;
  if ("participantId" in subject) return SESSION_POLICY.participant;
  return SESSION_POLICY.observer;
}

/** Starts a session and returns the token for the cookie (only its hash is stored). */
export function createSession(db: AppDatabase, subject: SessionSubject, now = new Date()): string {
  const token = randomToken();
  db.insert(sessions)
    .values({
      id: hashToken(token),
      userId: "userId" in subject ? subject.userId : null,
      participantId: "participantId" in subject ? subject.participantId : null,
      observerLinkId: "observerLinkId" in subject ? subject.observerLinkId : null,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + policyFor(subject).absoluteMs),
    })
    .run();
  return token;
}

/** Ends the session of this token (logout, or before a new login: sessions are rotated on login). */
export function endSession(db: AppDatabase, token: string, now = new Date()): void {
  db.update(sessions)
    .set({ revokedAt: now })
    .where(eq(sessions.id, hashToken(token)))
    .run();
}

/**
 * The principal of a session token, or null when the session does not exist, was revoked, has run out
 * (idle or absolute), or what it stands for was disabled, removed or revoked. Records the visit.
 */
export function resolveSession(db: AppDatabase, token: string, now = new Date()): Principal | null {
  const sessionId = hashToken(token);
  const session = db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .get();
  if (!session || session.expiresAt <= now) return null;
  const principal = principalOf(db, session);
  if (!principal) return null;
  const policy = principal.kind === "account" ? SESSION_POLICY.account : SESSION_POLICY[principal.kind];
  if (now.getTime() - session.lastSeenAt.getTime() > policy.idleMs) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId)).run();
  }
  return principal;
}

function principalOf(db: AppDatabase, session: typeof sessions.$inferSelect): Principal | null {
  if (session.userId) {
    const user = db.select().from(users).where(eq(users.id, session.userId)).get();
    if (!user || user.disabledAt) return null;
    const assignments = db.select().from(moderatorAssignments).where(eq(moderatorAssignments.userId, user.id)).all();
    return {
      kind: "account",
      sessionId: session.id,
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      moderatedEvents: assignments.filter((a) => a.trackId === null).map((a) => a.eventId),
      moderatedTracks: assignments.flatMap((a) => (a.trackId ? [{ eventId: a.eventId, trackId: a.trackId }] : [])),
    };
  }
  if (session.participantId) {
    const row = db
      .select()
      .from(participants)
      .innerJoin(joinCodes, eq(participants.joinCodeId, joinCodes.id))
      .where(eq(participants.id, session.participantId))
      .get();
    if (!row || row.participants.removedAt || row.join_codes.revokedAt) return null;
    const participant = row.participants;
    return {
      kind: "participant",
      sessionId: session.id,
      participantId: participant.id,
      eventId: participant.eventId,
      displayName: participant.displayName,
      organisation: participant.organisation,
      color: participant.color,
    };
  }
  if (session.observerLinkId) {
    const link = db.select().from(observerLinks).where(eq(observerLinks.id, session.observerLinkId)).get();
    if (!link || link.revokedAt) return null;
    return {
      kind: "observer",
      sessionId: session.id,
      observerLinkId: link.id,
      eventId: link.eventId,
      trackId: link.trackId,
    };
  }
  return null;
}

/** Revokes every open session of a user (disabled, demoted, password changed). */
export function revokeUserSessions(db: AppDatabase, userId: string, now = new Date()): void {
  db.update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run();
}
