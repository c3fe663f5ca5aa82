import type { RequestHandler } from "express";
import type { AppDatabase } from "../../db/client";
import { audit } from "../auth/audit";
import { actorOf, type Principal } from "../auth/principal";
import type { Logger } from "../logger";

/** One entry per person, request and minute is enough to see a probe; more would only flood the log. */
const REPEAT_WINDOW_MS = 60_000;
const MAX_REMEMBERED = 10_000;

/**
 * Records in the audit log every request of a signed-in person that the app refused: any 403, and a 404
 * answering a POST (an action on another track's or event's item). Refusals are decided in many routes;
 * the audit is kept here, in one place, where every response passes. Anonymous requests are not recorded
 * (they are answered with a redirect to the login or join page, and would let anyone fill the log).
 */
export function refusalAudit({ db, logger }: { db: AppDatabase; logger: Logger }): RequestHandler {
  const lastRecorded = new Map<string, number>();
  return (req, res, next) => {
    res.on("finish", () => {
      const refused = res.statusCode === 403 || (res.statusCode === 404 && req.method === "POST");
      const principal = res.locals.principal as Principal | null | undefined;
      if (!refused || !principal) return;
      const actor = actorOf(principal);
      const key = `${actor} ${req.method} ${req.path}`;
      const now = Date.now();
      if (now - (lastRecorded.get(key) ?? 0) < REPEAT_WINDOW_MS) return;
      if (lastRecorded.size >= MAX_REMEMBERED) lastRecorded.clear();
      lastRecorded.set(key, now);
      audit(db, logger, {
        action: "request_refused",
        actor,
        eventId: "eventId" in principal ? principal.eventId : null,
        details: { method: req.method, path: req.path, status: res.statusCode },
      });
    });
    next();
  };
}
