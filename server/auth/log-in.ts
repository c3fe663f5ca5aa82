import type { AppDatabase } from "../../db/client";
import type { Logger } from "../logger";
import { pseudonymFor } from "../privacy/pseudonym";
import { findUserByEmail, normaliseEmail } from "./accounts";
import { audit } from "./audit";
import { hashForUnknownUser, verifyPassword } from "./passwords";
import type { RateLimiter } from "./rate-limiter";
import { createSession, endSession } from "./sessions";

export interface LogInDeps {
  db: AppDatabase;
  logger: Logger;
  attempts: RateLimiter;
}

export interface LogInInput {
  email: string;
  password: string;
  visitorId: string;
  /** The session token the browser still holds, ended before the new one starts. */
  previousSession: string | null;
}

export type LogInResult =
  | { ok: true; token: string; role: "admin" | "moderator" }
  | { ok: false; reason: "too-many-attempts"; retryAfterSeconds: number }
  | { ok: false; reason: "failed" };

/**
 * A moderator or admin logs in with e-mail address and password. Failed attempts are limited per visitor
 * and per address. The same work and the same answer whether or not the address has an account (no user
 * enumeration), and a new session on every login (never one that existed before it: session fixation).
 */
export async function logIn({ db, logger, attempts }: LogInDeps, input: LogInInput): Promise<LogInResult> {
  const email = normaliseEmail(input.email);
  const keys = [`visitor:${input.visitorId}`, `email:${email}`];
  const wait = Math.max(...keys.map((key) => attempts.retryAfterSeconds(key)));
  if (wait > 0) return { ok: false, reason: "too-many-attempts", retryAfterSeconds: wait };
  const user = findUserByEmail(db, email);
  const passwordMatches = await verifyPassword(input.password, user?.passwordHash ?? (await hashForUnknownUser()));
  if (!user || user.disabledAt || !passwordMatches) {
    for (const key of keys) attempts.hit(key);
    audit(db, logger, {
      action: "login_failed",
      actor: "anonymous",
      details: { email: pseudonymFor(db, email), visitorId: input.visitorId },
    });
    return { ok: false, reason: "failed" };
  }
  if (input.previousSession) endSession(db, input.previousSession);
  const token = createSession(db, { userId: user.id });
  audit(db, logger, { action: "login", actor: `user:${user.id}`, details: {} });
  return { ok: true, token, role: user.role };
}
