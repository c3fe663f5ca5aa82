import { sql } from "drizzle-orm";
import { type NextFunction, type Request, type Response, Router } from "express";
import type { AppDatabase } from "../../db/client";
import { listTracks } from "../../db/queries/tracks";
import { type Principal, plenaryRole, trackAccess } from "../auth/principal";
import { sessionTokenFrom } from "../auth/session-cookie";
import { resolveSession } from "../auth/sessions";
import type { DocumentRegistry } from "../collab/document-registry";
import type { PlenaryHub } from "../plenary/plenary-hub";
import { audienceOf } from "../plenary/plenary-view";
import { readProcessHealth, startProcessHealth } from "./process-health";

interface ApiDependencies {
  db: AppDatabase;
  registry: DocumentRegistry;
  plenary: PlenaryHub;
}

/** `GET /healthz` (public) and the JSON API (only for authorised sessions). */
export function apiRouter({ db, registry, plenary }: ApiDependencies): Router {
  const router = Router();
  startProcessHealth();

  router.get("/healthz", (_req, res) => {
    let database: "ok" | "unreachable" = "ok";
    try {
      db.run(sql`select 1`);
    } catch {
      database = "unreachable";
    }
    // A database that answers reads can still refuse writes (disk full): the registry knows.
    const storage = registry.storageFailing ? "failing" : "ok";
    const healthy = database === "ok" && storage === "ok";
    res.status(healthy ? 200 : 503).json({
      status: healthy ? "ok" : "failing",
      database,
      storage,
      loadedDocuments: registry.loadedCount,
      pendingWrites: registry.pendingWrites,
      ...readProcessHealth(),
    });
  });

  router.use("/api", requireSession);

  /** The tracks the caller may open, with their live documents' names. */
  router.get("/api/tracks", (_req, res) => {
    const principal = res.locals.principal as Principal;
    res.json({
      tracks: listTracks(db)
        .filter((track) => trackAccess(principal, track) !== "none")
        .map((track) => ({
          id: track.id,
          slug: track.slug,
          title: track.title,
          documentName: track.documentName,
          access: trackAccess(principal, track),
        })),
    });
  });

  /**
   * The closing plenary of an event as a server-sent event stream (ADR 020): the moderators' view for
   * its moderators, everyone else's for its participants and observers; 403 for anyone else.
   */
  router.get("/api/events/:eventId/plenary/stream", (req, res) => {
    const role = plenaryRole(res.locals.principal as Principal, req.params.eventId);
    if (role === null) {
      res.status(403).json({ error: "Kein Zugang zu diesem Plenum." });
      return;
    }
    const audience = audienceOf(role);
    const token = sessionTokenFrom(req.headers.cookie ?? null) ?? "";
    const eventId = req.params.eventId;
    // Checked again with every heartbeat: a logout or a rotated code ends the stream (plenary-hub.ts).
    const stillAllowed = () => {
      const principal = resolveSession(db, token);
      const now = plenaryRole(principal, eventId);
      return now !== null && audienceOf(now) === audience;
    };
    plenary.follow(eventId, audience, res, stillAllowed);
  });

  router.use("/api", (_req, res) => {
    res.status(404).json({ error: "Nicht gefunden." });
  });

  return router;
}

function requireSession(_req: Request, res: Response, next: NextFunction): void {
  if (res.locals.principal) {
    next();
    return;
  }
  res.status(401).json({ error: "Bitte melden Sie sich an oder treten Sie der Veranstaltung bei." });
}
