import { createRequestHandler } from "@react-router/express";
import express from "express";
import type { AppLoadContext, ServerBuild } from "react-router";
import type { ViteDevServer } from "vite";
import type { AppDatabase } from "../../db/client";
import type { DocumentRegistry } from "../collab/document-registry";
import type { FahrplanLoadContext } from "../load-context";
import type { Logger } from "../logger";
import { apiRouter } from "./api";

export interface AppDependencies {
  db: AppDatabase;
  registry: DocumentRegistry;
  logger: Logger;
  /** Development only: Vite serves the modules and builds the server bundle on demand. */
  vite: ViteDevServer | null;
}

const BUILD_PATH = new URL("../../build/server/index.js", import.meta.url).href;

/** The Express app: health check and JSON API first, then static files, then the React Router app. */
export async function createApp({ db, registry, logger, vite }: AppDependencies): Promise<express.Express> {
  const app = express();
  app.disable("x-powered-by");
  app.use(apiRouter({ db, registry }));

  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (vite) {
    app.use(vite.middlewares);
    build = () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
  } else {
    const clientDir = new URL("../../build/client", import.meta.url).pathname;
    // Fingerprinted assets never change; everything else is revalidated.
    app.use("/assets", express.static(`${clientDir}/assets`, { immutable: true, maxAge: "1y" }));
    app.use(express.static(clientDir, { maxAge: "1h" }));
    build = (await import(BUILD_PATH)) as ServerBuild;
  }
  const getLoadContext = (): AppLoadContext => ({ db }) satisfies FahrplanLoadContext;
  app.all("/{*splat}", createRequestHandler({ build, getLoadContext }));

  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    logger.error({ err: error }, "request failed");
    res.status(500).type("text/plain; charset=utf-8").send("Ein interner Fehler ist aufgetreten.");
  });
  return app;
}
