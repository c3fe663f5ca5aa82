import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { type AppDatabase, openDatabase } from "../db/client";
import { seedCongress } from "../db/seed/seed";
import { parseDraftDocumentName, parseTrackDocumentName } from "../shared/document-name";
import { ensureFirstAdmin } from "./auth/first-admin";
import { ensureJoinCodes } from "./auth/join-codes";
import { RateLimiter } from "./auth/rate-limiter";
import { authorizeUpgrade } from "./collab/authorize-upgrade";
import { attachCollabEndpoint } from "./collab/collab-endpoint";
import { Connections } from "./collab/connections";
import { DocumentRegistry } from "./collab/document-registry";
import { createTrackStructure } from "./collab/track-structure";
import { authorAttribution } from "./contributions/author-attribution";
import { ContributionReadModel } from "./contributions/read-model";
import type { Env } from "./env";
import { ExportJobs } from "./export/export-jobs";
import { ExportRunner } from "./export/export-runner";
import { ChangedTracks } from "./history/changed-tracks";
import { DocumentHistory } from "./history/document-history";
import { snapshotAtPhaseChanges } from "./history/phase-snapshots";
import { createApp } from "./http/create-app";
import { HTTP_TIMEOUTS } from "./http/http-timeouts";
import type { AppServices } from "./load-context";
import type { Logger } from "./logger";
import { Metrics } from "./observability/metrics";
import { MeasuredDocumentStore } from "./persistence/measured-document-store";
import { SqliteDocumentStore } from "./persistence/sqlite-document-store";
import { startWalCheckpointer } from "./persistence/wal-checkpointer";
import { PlenaryHub } from "./plenary/plenary-hub";
import { scheduleAuditPruning } from "./privacy/audit-retention";
import { IdentityErasure } from "./privacy/erase-identities";
import { PrivateWriting } from "./private-writing/private-writing";
import { revealWhenCollectEnds } from "./private-writing/reveal-on-phase-change";
import { Glossaries } from "./search/glossary";
import { TrackPhaseEvents } from "./track-phases/phase-events";
import { currentTrackStateFrame, sendTrackState } from "./track-phases/track-state";

export interface AppServer {
  /** The port actually bound (useful with PORT=0). */
  port: number;
  url: string;
  db: AppDatabase;
  registry: DocumentRegistry;
  services: AppServices;
  /** Stores everything, closes every client with 1012 and releases the database. */
  stop(): Promise<void>;
}

/**
 * Builds the whole server (database, document registry, HTTP app, collaboration endpoint) and listens.
 * The process entry (main.ts) and the integration tests both start the server through this function.
 */
export async function startAppServer(env: Env, logger: Logger): Promise<AppServer> {
  const db = openDatabase(env.DATABASE_PATH);
  seedCongress(db);
  ensureJoinCodes(db, env.FAHRPLAN_JOIN_CODE ?? null);
  await ensureFirstAdmin(db, env, logger);
  const stopAuditPruning = scheduleAuditPruning(db, env.AUDIT_RETENTION_DAYS);
  const readModel = new ContributionReadModel(db, logger);
  const changedTracks = new ChangedTracks();
  const metrics = new Metrics();
  const registry = new DocumentRegistry({
    store: new MeasuredDocumentStore(new SqliteDocumentStore(db), metrics.store),
    logger,
    initialize: (name, doc) => {
      // A private draft (ADR 009) gets the same two sections, so that the editor places blocks alike.
      if (parseTrackDocumentName(name) || parseDraftDocumentName(name)) createTrackStructure(doc);
    },
    // Attribution first: the read model then reads the corrected authors.
    observers: [authorAttribution(readModel.knownAuthor), readModel, changedTracks],
    compactAfterUpdates: env.FAHRPLAN_COMPACT_AFTER_UPDATES,
  });
  const connections = new Connections(registry);
  metrics.watch({ connections, registry });
  const services: AppServices = {
    logger,
    connections,
    readModel,
    exports: new ExportJobs(new ExportRunner(), logger),
    joinAttempts: new RateLimiter(5, 10 * 60_000),
    loginAttempts: new RateLimiter(5, 15 * 60_000),
    phases: new TrackPhaseEvents(),
    history: new DocumentHistory({ db, registry, changedTracks, logger }),
    privateWriting: new PrivateWriting({ db, registry, connections, logger }),
    identities: new IdentityErasure({ db, registry, connections, logger }),
    plenary: new PlenaryHub(db, logger),
    glossaries: new Glossaries(glossaryDirectory(env)),
  };
  snapshotAtPhaseChanges(services.phases, services.history, logger);
  revealWhenCollectEnds(services.phases, services.privateWriting, logger);
  // Open voting panels learn from the pushed state that a contribution changed (no polling, issue #14).
  readModel.on("changed", (trackId) => sendTrackState(db, connections, trackId));
  services.history.start();
  const checkpointer = startWalCheckpointer(env.DATABASE_PATH, logger);

  const httpServer = createServer(HTTP_TIMEOUTS);
  const vite =
    env.NODE_ENV === "development"
      ? await import("vite").then((v) =>
          v.createServer({ server: { middlewareMode: true, hmr: { server: httpServer } } }),
        )
      : null;
  const publicUrl = env.PUBLIC_URL ?? null;
  httpServer.on(
    "request",
    await createApp({
      db,
      registry,
      services,
      publicUrl,
      trustProxy: env.TRUST_PROXY,
      metrics,
      metricsToken: env.METRICS_TOKEN ?? null,
      vite,
    }),
  );
  const collab = attachCollabEndpoint(httpServer, {
    registry,
    logger,
    // A connection that follows its track's state gets the current one at once (ADR 008).
    trackStateFrame: (trackId) => currentTrackStateFrame(db, trackId),
    authorize: (request) => authorizeUpgrade(request, { db, publicUrl, trustProxy: env.TRUST_PROXY }),
    leaveForeignUpgrades: vite !== null,
    heartbeatIntervalMs: env.FAHRPLAN_HEARTBEAT_INTERVAL_MS,
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(env.PORT, env.HOST, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST;

  return {
    port,
    url: `http://${host}:${port}`,
    db,
    registry,
    services,
    async stop() {
      stopAuditPruning();
      // Plenary streams never end by themselves; the HTTP server would wait for them.
      services.plenary.close();
      httpServer.close();
      httpServer.closeIdleConnections();
      services.history.stop();
      await registry.shutdown();
      await collab.close();
      await vite?.close();
      await checkpointer.stop();
      db.$client.close();
    },
  };
}

/** FAHRPLAN_GLOSSARY_DIR, or the folder `glossar` beside the database file (none for a database in memory). */
function glossaryDirectory(env: Env): string | null {
  if (env.FAHRPLAN_GLOSSARY_DIR) return env.FAHRPLAN_GLOSSARY_DIR;
  return env.DATABASE_PATH === ":memory:" ? null : join(dirname(env.DATABASE_PATH), "glossar");
}
