import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type AppDatabase, openDatabase } from "../db/client";
import { trackExists } from "../db/queries/tracks";
import { seedCongress } from "../db/seed/seed";
import { parseTrackDocumentName } from "../shared/document-name";
import { attachCollabEndpoint } from "./collab/collab-endpoint";
import { DocumentRegistry } from "./collab/document-registry";
import { createTrackStructure } from "./collab/track-structure";
import type { Env } from "./env";
import { createApp } from "./http/create-app";
import type { Logger } from "./logger";
import { SqliteDocumentStore } from "./persistence/sqlite-document-store";
import { startWalCheckpointer } from "./persistence/wal-checkpointer";

export interface AppServer {
  /** The port actually bound (useful with PORT=0). */
  port: number;
  url: string;
  db: AppDatabase;
  registry: DocumentRegistry;
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
  const registry = new DocumentRegistry({
    store: new SqliteDocumentStore(db),
    logger,
    initialize: (name, doc) => {
      if (parseTrackDocumentName(name)) createTrackStructure(doc);
    },
  });
  const checkpointer = startWalCheckpointer(env.DATABASE_PATH, logger);

  const httpServer = createServer();
  const vite =
    env.NODE_ENV === "development"
      ? await import("vite").then((v) =>
          v.createServer({ server: { middlewareMode: true, hmr: { server: httpServer } } }),
        )
      : null;
  httpServer.on("request", await createApp({ db, registry, logger, vite }));
  const collab = attachCollabEndpoint(httpServer, {
    registry,
    logger,
    documentExists: (name) => {
      const trackId = parseTrackDocumentName(name);
      return trackId !== null && trackExists(db, trackId);
    },
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
