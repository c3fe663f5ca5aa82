import type { AppDatabase } from "../db/client";

/**
 * What the server hands to every loader and action. Long-lived state (the database handle) lives in the
 * server process and is passed in here, never created in a module that Vite may reload.
 */
export interface FahrplanLoadContext {
  db: AppDatabase;
}

declare module "react-router" {
  interface AppLoadContext extends FahrplanLoadContext {}
}
