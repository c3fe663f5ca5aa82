import { createRequestHandler } from "@react-router/express";
import express from "express";
import type { AppLoadContext, ServerBuild } from "react-router";
import type { ViteDevServer } from "vite";
import type { AppDatabase } from "../../db/client";
import type { DocumentRegistry } from "../collab/document-registry";
import type { AppServices, FahrplanLoadContext } from "../load-context";
import type { Metrics } from "../observability/metrics";
import { apiRouter } from "./api";
import { metricsRouter } from "./metrics-route";
import { refusalAudit } from "./refusal-audit";
import { requestContext } from "./request-context";
import { requestGuards } from "./request-guards";
import { securityHeaders } from "./security-headers";

export interface AppDependencies {
  db: AppDatabase;
  registry: DocumentRegistry;
  services: AppServices;
  publicUrl: string | null;
  trustProxy: boolean;
  metrics: Metrics;
  metricsToken: string | null;
  /** Development only: Vite serves the modules and builds the server bundle on demand. */
  vite: ViteDevServer | null;
}

const BUILD_PATH = new URL("../../build/server/index.js", import.meta.url).href;

/**
 * The Express app, in the order a request passes: its context (id, nonce, principal), security headers,
 * origin and size guards, health check and JSON API, static files, then the React Router app.
 */
export async function createApp(deps: AppDependencies): Promise<express.Express> {
  const { db, registry, services, vite } = deps;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", deps.trustProxy);
  app.use(requestContext(db));
  app.use(securityHeaders({ contentSecurityPolicy: vite === null }));
  app.use(requestGuards({ db, logger: services.logger, publicUrl: deps.publicUrl }));
  // After the guards: a request they refuse (foreign Origin) is audited by them already.
  app.use(refusalAudit({ db, logger: services.logger }));
  app.use(metricsRouter(deps.metrics, deps.metricsToken));
  app.use(apiRouter({ db, registry, plenary: services.plenary }));

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
  const getLoadContext = (_req: express.Request, res: express.Response): AppLoadContext =>
    ({
      db,
      services,
      principal: res.locals.principal,
      visitorId: res.locals.visitorId,
      requestId: res.locals.requestId,
      cspNonce: res.locals.cspNonce,
      publicUrl: deps.publicUrl,
    }) satisfies FahrplanLoadContext;
  app.all("/{*splat}", createRequestHandler({ build, getLoadContext }));

  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    services.logger.error({ err: error, requestId: res.locals.requestId }, "request failed");
    res
      .status(500)
      .type("text/plain; charset=utf-8")
      .send(`Ein interner Fehler ist aufgetreten. (Fehler-ID: ${res.locals.requestId})`);
  });
  return app;
}
