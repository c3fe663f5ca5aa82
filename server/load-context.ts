import type { AppDatabase } from "../db/client";
import type { Principal } from "./auth/principal";
import type { RateLimiter } from "./auth/rate-limiter";
import type { ConnectionDirectory } from "./collab/connection-directory";
import type { ContributionReadModel } from "./contributions/read-model";
import type { ExportJobs } from "./export/export-jobs";
import type { Logger } from "./logger";

/** Long-lived services of the server process that loaders and actions use. */
export interface AppServices {
  logger: Logger;
  /** Open collaboration connections; revoking a right closes the affected ones through it. */
  connections: ConnectionDirectory;
  /** The contributions extracted from the track documents; emits `changed` per track. */
  readModel: ContributionReadModel;
  /** Exports started from the browser, rendered in worker threads. */
  exports: ExportJobs;
  /** Failed joins per visitor and per attempted code. */
  joinAttempts: RateLimiter;
  /** Failed logins per visitor and per e-mail address. */
  loginAttempts: RateLimiter;
}

/**
 * What the server hands to every loader and action (server/http/create-app.ts). Long-lived state lives in
 * the server process and is passed in here, never created in a module that Vite may reload.
 */
export interface FahrplanLoadContext {
  db: AppDatabase;
  services: AppServices;
  /** Who is asking, from the session cookie; null when nobody is logged in or joined. */
  principal: Principal | null;
  /** A random id per browser (cookie), the key for rate limits of people without a session yet. */
  visitorId: string;
  /** Correlates a request's log lines with the error id shown to the user. */
  requestId: string;
  /** The nonce that lets the app's own inline scripts run under the Content-Security-Policy. */
  cspNonce: string;
}

declare module "react-router" {
  interface AppLoadContext extends FahrplanLoadContext {}
}
