/**
 * How long sessions last. Accounts with rights over others (admins, moderators) time out sooner than
 * participants, whose session should carry them through a congress day with breaks.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SESSION_POLICY = {
  account: { idleMs: 2 * HOUR, absoluteMs: 12 * HOUR },
  participant: { idleMs: 24 * HOUR, absoluteMs: 7 * 24 * HOUR },
  observer: { idleMs: 24 * HOUR, absoluteMs: 7 * 24 * HOUR },
} as const;

/** Last-seen times are written at most this often, so that reading pages does not write on every request. */
export const TOUCH_INTERVAL_MS = MINUTE;

export const SESSION_COOKIE = "fahrplan_session";
