import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { contributions } from "../../db/schema";
import type { AccountPrincipal } from "../../server/auth/principal";
import { sessionTokenFrom } from "../../server/auth/session-cookie";
import { resolveSession } from "../../server/auth/sessions";
import { adoptContributions } from "../../server/fahrplan/curation";
import { type Cast, createCast } from "./principals";
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
    const admin = resolveSession(server.db, sessionTokenFrom(cast.cookies.admin) ?? "") as AccountPrincipal;
    const ctx = { db: server.db, actor: admin, eventId: cast.eventId };
    entries = ENTRY_TEXTS.map((text, position) => {
      const id = randomUUID();
      server.db
        .insert(contributions)
        .values({
          id,
          eventId: cast.eventId,
          trackId: cast.trackA.id,
          kind: "problem",
          text,
          position,
          updatedAt: new Date(),
        })
        .run();
      const adopted = adoptContributions(ctx, [id]);
      if (!adopted.ok) throw new Error(`adoption failed: ${adopted.reason}`);
      return adopted.value.entryId;
    });
    eventSlug = cast.trackA.path.split("/")[2] ?? "";
  });
  afterAll(async () => {
    await server.cleanUp();
  });
}

export const plenaryPath = () => `/events/${eventSlug}/plenum`;
export const streamPath = () => `/api/events/${encodeURIComponent(cast.eventId)}/plenary/stream`;
