import type { AppDatabase } from "../db/client";
import type { Principal } from "./auth/principal";
import type { RateLimiter } from "./auth/rate-limiter";
import type { Connections } from "./collab/connections";
import type { ContributionReadModel } from "./contributions/read-model";
import type { ExportJobs } from "./export/export-jobs";
import type { DocumentHistory } from "./history/document-history";
import type { Logger } from "./logger";
import type { PlenaryHub } from "./plenary/plenary-hub";
import type { IdentityErasure } from "./privacy/erase-identities";
import type { PrivateWriting } from "./private-writing/private-writing";
import type { Glossaries } from "./search/glossary";
import type { TrackPhaseEvents } from "./track-phases/phase-events";

/** Long-lived services of the server process that loaders and actions use. */
export interface AppServices {
  logger: Logger;
  /** Open collaboration connections; revoking a right closes the affected ones through it. */
  connections: Connections;
  /** The contributions extracted from the track documents; emits `changed` per track. */
  readModel: ContributionReadModel;
  /** Exports started from the browser, rendered in worker threads. */
  exports: ExportJobs;
  /** Failed joins per visitor and per attempted code. */
  joinAttempts: RateLimiter;
  /** Failed logins per visitor and per e-mail address. */
  loginAttempts: RateLimiter;
  /** Phase changes of tracks (server/workshop): the history listens to take a snapshot at each one. */
  phases: TrackPhaseEvents;
  /** Snapshots of the track documents: taken, listed, compared and restored (ADR 011). */
  history: DocumentHistory;
  /** Private writing per track: drafts, reveal, on and off (ADR 009). */
  privateWriting: PrivateWriting;
  /** After an event: erases or pseudonymises its participants' identities (server/privacy). */
  identities: IdentityErasure;
  /** The search's abbreviations and synonyms: built in, and each event's own file (server/search/glossary.ts). */
  glossaries: Glossaries;
  /** Followers of the closing plenaries; told after every change so that each sees it at once (ADR 020). */
  plenary: PlenaryHub;
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
  /** PUBLIC_URL: the address people use, for links that leave the screen (QR codes, handouts); null when unset. */
  publicUrl: string | null;
}

declare module "react-router" {
  interface AppLoadContext extends FahrplanLoadContext {}
}
