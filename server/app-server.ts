import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type AppDatabase, openDatabase } from "../db/client";
import { seedCongress } from "../db/seed/seed";
import { parseTrackDocumentName } from "../shared/document-name";
import { ensureFirstAdmin } from "./auth/first-admin";
import { ensureJoinCodes } from "./auth/join-codes";
import { RateLimiter } from "./auth/rate-limiter";
import { authorizeUpgrade } from "./collab/authorize-upgrade";
import { attachCollabEndpoint } from "./collab/collab-endpoint";
import { ConnectionDirectory } from "./collab/connection-directory";
import { DocumentRegistry } from "./collab/document-registry";
import { createTrackStructure } from "./collab/track-structure";
import { authorAttribution } from "./contributions/author-attribution";
import { ContributionReadModel } from "./contributions/read-model";
import type { Env } from "./env";
import { ExportJobs } from "./export/export-jobs";
import { ExportRunner } from "./export/export-runner";
import { createApp } from "./http/create-app";
import type { AppServices } from "./load-context";
import type { Logger } from "./logger";
import { SqliteDocumentStore } from "./persistence/sqlite-document-store";
import { startWalCheckpointer } from "./persistence/wal-checkpointer";

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
  const connections = new ConnectionDirectory();
  const readModel = new ContributionReadModel(db, logger);
  const services: AppServices = {
    logger,
    connections,
    readModel,
    exports: new ExportJobs(new ExportRunner(), logger),
    joinAttempts: new RateLimiter(5, 10 * 60_000),
    loginAttempts: new RateLimiter(5, 15 * 60_000),
  };
  const registry = new DocumentRegistry({
    store: new SqliteDocumentStore(db),
    logger,
    initialize: (name, doc) => {
      if (parseTrackDocumentName(name)) createTrackStructure(doc);
    },
    // Attribution first: the read model then reads the corrected authors.
    observers: [authorAttribution(readModel.knownAuthor), readModel],
  });
  const checkpointer = startWalCheckpointer(env.DATABASE_PATH, logger);

  const httpServer = createServer();
  const vite =
    env.NODE_ENV === "development"
      ? await import("vite").then((v) =>
          v.createServer({ server: { middlewareMode: true, hmr: { server: httpServer } } }),
        )
      : null;
  const publicUrl = env.PUBLIC_URL ?? null;
  httpServer.on("request", await createApp({ db, registry, services, publicUrl, trustProxy: env.TRUST_PROXY, vite }));
  const collab = attachCollabEndpoint(httpServer, {
    registry,
    directory: connections,
    logger,
    authorize: (request) => authorizeUpgrade(request, { db, publicUrl, trustProxy: env.TRUST_PROXY }),
    leaveForeignUpgrades: vite !== null,
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
      httpServer.close();
      httpServer.closeIdleConnections();
      await registry.shutdown();
      await collab.close();
      await vite?.close();
      await checkpointer.stop();
      db.$client.close();
    },
  };
}
