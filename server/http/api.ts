import { sql } from "drizzle-orm";
import { Router } from "express";
import type { AppDatabase } from "../../db/client";
import { listTracks } from "../../db/queries/tracks";
import type { DocumentRegistry } from "../collab/document-registry";

/** `GET /healthz` and the JSON API. */
export function apiRouter({ db, registry }: { db: AppDatabase; registry: DocumentRegistry }): Router {
  const router = Router();

  router.get("/healthz", (_req, res) => {
    let database: "ok" | "unreachable" = "ok";
    try {
      db.run(sql`select 1`);
    } catch {
      database = "unreachable";
    }
    res.status(database === "ok" ? 200 : 503).json({
      status: database === "ok" ? "ok" : "failing",
      database,
      loadedDocuments: registry.loadedCount,
      pendingWrites: registry.pendingWrites,
    });
  });

  router.get("/api/tracks", (_req, res) => {
    res.json({
      tracks: listTracks(db).map((track) => ({
        id: track.id,
        slug: track.slug,
        title: track.title,
        documentName: track.documentName,
      })),
    });
  });

  return router;
}
