import Database from "better-sqlite3";
import { afterAll, beforeAll, onTestFinished } from "vitest";
import { CollabClient } from "../support/collab-client";
import { joinEvent } from "../support/http-session";
import { ServerProcess } from "../support/server-process";
import { type SurvivalWatch, watchSurvival } from "../support/survival";
import { tempDir } from "../support/temp-dir";
import { type ApiTrack, fetchTracks } from "../support/test-server";

/**
 * The setting of a hostile-input test file: the real server as a child process (so that a crash or a
 * stall is the server's, never the test runner's), a participant's session, and three track documents:
 * the one under attack, the control document a bystander types into meanwhile, and an untouched one.
 */
export function hostileServer() {
  const dir = tempDir();
  const server = new ServerProcess(dir.file("fahrplan.db"));
  let cookie = "";
  let tracks: ApiTrack[] = [];
  beforeAll(async () => {
    await server.start(0);
    cookie = await joinEvent(server.url, "Angreiferin");
    tracks = await fetchTracks(server.url, cookie);
  });
  afterAll(async () => {
    await server.stop("SIGKILL");
    dir.remove();
  });
  const track = (index: number) => {
    const found = tracks[index];
    if (!found) throw new Error(`seeded track ${index} missing`);
    return found;
  };
  return {
    server,
    get cookie() {
      return cookie;
    },
    /** Every track of the seeded congress the session may open. */
    get tracks(): ApiTrack[] {
      return tracks;
    },
    /** The document the attacks are aimed at. */
    get attacked() {
      return track(0);
    },
    get control() {
      return track(1);
    },
    get untouched() {
      return track(2);
    },
    /** A fourth document, for attacks that need a document of their own. */
    get spare() {
      return track(3);
    },
    /**
     * Keeps a document loaded until the test ends, so that it is neither unloaded nor compacted while a
     * test counts its rows. Resolves once the document is synced.
     */
    async holdOpen(documentName: string): Promise<CollabClient> {
      const holder = new CollabClient(server.url, documentName, cookie, "Halterin");
      onTestFinished(() => holder.destroy());
      await holder.whenSynced();
      return holder;
    },
    /** Starts watching the server; end every test with `await watch.verify()`. */
    watch(): Promise<SurvivalWatch> {
      return watchSurvival({
        server,
        cookie,
        controlDocument: track(1).documentName,
        otherDocument: track(2).documentName,
      });
    },
  };
}

/** The rows stored for one document: its update log and its snapshot (0 or 1). */
export function storedRowsOf(databasePath: string, documentName: string): { updates: number; snapshots: number } {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    const count = (table: string) =>
      (sqlite.prepare(`select count(*) as n from ${table} where document_name = ?`).get(documentName) as { n: number })
        .n;
    return { updates: count("document_updates"), snapshots: count("document_snapshots") };
  } finally {
    sqlite.close();
  }
}
