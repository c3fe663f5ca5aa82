import { afterAll, beforeAll } from "vitest";
import { type Cast, createCast } from "./principals";
import { seedDraft } from "./seed-draft";
import { startTestServer } from "./test-server";

/**
 * A server with the cast of every role (principals.ts) and a draft Fahrplan of three entries, for the
 * closing plenary's tests. Call `withPlenaryServer()` once at the top of a file.
 */
export let server: Awaited<ReturnType<typeof startTestServer>>;
export let cast: Cast;
export let entries: string[] = [];
export let eventSlug = "";

export const ENTRY_TEXTS = [
  "Das Nutzerkonto des Bundes und das Servicekonto Thüringen sind nicht verknüpft.",
  "Kommunale Rechenzentren sind unterschiedlich ausgestattet.",
  "Medienbrüche zwischen E-Akte und Fachverfahren.",
];

export function withPlenaryServer(): void {
  beforeAll(async () => {
    server = await startTestServer();
    cast = await createCast(server.url, server.db);
    entries = seedDraft(server.db, ENTRY_TEXTS).entryIds;
    eventSlug = cast.trackA.path.split("/")[2] ?? "";
  });
  afterAll(async () => {
    await server.cleanUp();
  });
}

export const plenaryPath = () => `/events/${eventSlug}/plenum`;
export const streamPath = () => `/api/events/${encodeURIComponent(cast.eventId)}/plenary/stream`;
