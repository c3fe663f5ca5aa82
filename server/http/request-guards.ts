import type { NextFunction, Request, Response } from "express";
import type { AppDatabase } from "../../db/client";
import { audit } from "../auth/audit";
import { isAllowedOrigin } from "../auth/origin";
import { actorOf } from "../auth/principal";
import type { Logger } from "../logger";

/** Forms are small; anything larger is refused before it is read. */
const MAX_BODY_BYTES = 64 * 1024;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests from another origin (CSRF) and bodies over the size limit, with a plain
 * German message. GET and HEAD never change anything in this app, so they need no check.
 */
export function requestGuards({
  db,
  logger,
  publicUrl,
}: {
  db: AppDatabase;
  logger: Logger;
  publicUrl: string | null;
}) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (!isAllowedOrigin(req.headers.origin, { host: req.get("host"), secure: req.secure }, publicUrl)) {
      audit(db, logger, {
        action: "origin_refused",
        actor: actorOf(res.locals.principal ?? null),
        details: { origin: req.headers.origin ?? null, path: req.path },
      });
      plain(res, 403, "Diese Anfrage kommt nicht von Fahrplan selbst und wurde abgelehnt.");
      return;
    }
    // A body sent in chunks announces no length, so the limit below could only be checked after reading
    // it all. Browsers always announce the length of a form; anything else is refused unread. (Node then
    // discards what still arrives, until HTTP_TIMEOUTS.requestTimeout at the latest.)
    if (req.headers["transfer-encoding"] !== undefined) {
      plain(res, 411, "Die gesendeten Daten haben keine Längenangabe und wurden nicht gelesen.");
      return;
    }
    const length = Number(req.headers["content-length"] ?? 0);
    if (!Number.isFinite(length) || length > MAX_BODY_BYTES) {
      plain(res, 413, "Die gesendeten Daten sind zu groß.");
      return;
    }
    next();
  };
}

function plain(res: Response, status: number, message: string): void {
  res.status(status).type("text/plain; charset=utf-8").send(`${message} (Fehler-ID: ${res.locals.requestId})`);
}
