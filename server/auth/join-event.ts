import type { AppDatabase } from "../../db/client";
import { normaliseJoinCode } from "../../shared/join-code";
import type { Logger } from "../logger";
import { audit } from "./audit";
import { findJoinCode } from "./join-codes";
import { createParticipant } from "./participants";
import type { RateLimiter } from "./rate-limiter";
import { createSession, endSession } from "./sessions";

export interface JoinDeps {
  db: AppDatabase;
  logger: Logger;
  attempts: RateLimiter;
}

export interface JoinInput {
  code: string;
  displayName: string;
  organisation: string | null;
  /** The browser's visitor id (server/http/visitor-id.ts): wrong attempts are limited per browser. */
  visitorId: string;
  /** The session token the browser still holds, ended before the new one starts. */
  previousSession: string | null;
}

export type JoinResult =
  | { ok: true; token: string; participantId: string }
  | { ok: false; reason: "too-many-attempts"; retryAfterSeconds: number }
  | { ok: false; reason: "wrong-code" };

/**
 * A participant joins an event with its code and a display name: a new participant and a new session.
 * Wrong attempts are limited per visitor (browser) and per code typed, never per IP address: a whole
 * congress shares one venue NAT. A code has 50 bits, so guessing is hopeless even across many visitors.
 */
export function joinEvent({ db, logger, attempts }: JoinDeps, input: JoinInput): JoinResult {
  const keys = [`visitor:${input.visitorId}`, `code:${normaliseJoinCode(input.code)}`];
  const wait = Math.max(...keys.map((key) => attempts.retryAfterSeconds(key)));
  if (wait > 0) return { ok: false, reason: "too-many-attempts", retryAfterSeconds: wait };
  const joinCode = findJoinCode(db, input.code);
  if (!joinCode) {
    for (const key of keys) attempts.hit(key);
    audit(db, logger, { action: "join_failed", actor: "anonymous", details: { visitorId: input.visitorId } });
    return { ok: false, reason: "wrong-code" };
  }
  if (input.previousSession) endSession(db, input.previousSession);
  const { displayName, organisation } = input;
  const participantId = createParticipant(db, { ...joinCode, displayName, organisation });
  const token = createSession(db, { participantId });
  audit(db, logger, {
    action: "join",
    actor: `participant:${participantId}`,
    eventId: joinCode.eventId,
    // No name or organisation here: the security log names the participant by id only, so that erasing
    // identities after the event (server/privacy) does not have to rewrite the log.
    details: {},
  });
  return { ok: true, token, participantId };
}
