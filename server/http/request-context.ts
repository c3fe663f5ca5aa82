import { randomBytes, randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { AppDatabase } from "../../db/client";
import { sessionTokenFrom } from "../auth/session-cookie";
import { resolveSession } from "../auth/sessions";

const VISITOR_COOKIE = "fahrplan_visitor";
const VISITOR_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * Gives every request an id, a CSP nonce, its principal (from the session cookie) and a visitor id (a
 * random cookie, the key for rate limits before anyone has a session). Stored in `res.locals` for the
 * load context and the other middleware.
 */
export function requestContext(db: AppDatabase) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.locals.requestId = randomUUID();
    res.locals.cspNonce = randomBytes(16).toString("base64");
    const token = sessionTokenFrom(req.headers.cookie);
    res.locals.principal = token ? resolveSession(db, token) : null;
    const visitorId = cookieValue(req.headers.cookie, VISITOR_COOKIE);
    if (visitorId && VISITOR_ID.test(visitorId)) {
      res.locals.visitorId = visitorId;
    } else {
      res.locals.visitorId = randomBytes(16).toString("base64url");
      res.append(
        "Set-Cookie",
        `${VISITOR_COOKIE}=${res.locals.visitorId}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000${req.secure ? "; Secure" : ""}`,
      );
    }
    res.setHeader("X-Request-Id", res.locals.requestId);
    next();
  };
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}
