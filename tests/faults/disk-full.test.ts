import { describe, expect, it, onTestFinished } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../shared/collab-protocol";
import { CollabClient } from "../support/collab-client";
import { health } from "../support/fault-server";
import { joinEvent } from "../support/http-session";
import { containsState, rebuildFromDatabase } from "../support/stored-document";
import { fetchTracks, startTestServer } from "../support/test-server";
import { until } from "../support/wait";

/**
 * The disk fills up while participants type. `PRAGMA max_page_count` on the server's own connection makes
 * SQLite answer SQLITE_FULL exactly as a full disk would, and raising it again is "space returns": the
 * server runs in this process so that the test can do both without a restart.
 */
describe("disk full", () => {
  it("keeps the process up, reports failing storage, tells clients, and stores their edits once space returns", async () => {
    const server = await startTestServer();
    const clients: CollabClient[] = [];
    onTestFinished(async () => {
      for (const client of clients) client.destroy();
      await server.cleanUp();
    });
    const cookie = await joinEvent(server.url, "Testperson");
    const [track] = await fetchTracks(server.url, cookie);
    if (!track) throw new Error("no track seeded");
    const anna = new CollabClient(server.url, track.documentName, cookie, "Anna");
    const watcher = new CollabClient(server.url, track.documentName, cookie, "Beobachter");
    clients.push(anna, watcher);
    await Promise.all(clients.map((client) => client.whenSynced()));
    const closeCodes: number[] = [];
    anna.provider.on("connection-close", (event) => closeCodes.push(event?.code ?? 0));

    const sqlite = server.db.$client;
    const pages = sqlite.pragma("page_count", { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages}`);

    // Anna types until a write no longer fits; the server closes her connection with "storing failed".
    let typed = 0;
    await until(
      (onChange) => {
        anna.provider.on("connection-close", onChange);
        const typing = setInterval(() => anna.type(`<voll${typed++}>`.padEnd(400, ".")), 5);
        return () => {
          clearInterval(typing);
          anna.provider.off("connection-close", onChange);
        };
      },
      () => closeCodes.includes(CloseCode.storageFailed),
      "a write fails and the client is told",
    );

    // She keeps typing while the disk is full: each time she reconnects and resends, the server refuses
    // again and acknowledges nothing.
    anna.type("<während-voll>");
    const refusals = closeCodes.length;
    await until(
      (onChange) => {
        anna.provider.on("connection-close", onChange);
        return () => anna.provider.off("connection-close", onChange);
      },
      () => closeCodes.slice(refusals).includes(CloseCode.storageFailed),
      "the resent edit is refused as well",
    );
    const storedWhileFull = await rebuildFromDatabase(server.databasePath, track.documentName);
    expect(storedWhileFull.getXmlFragment("default").toString()).not.toContain("<während-voll>");
    storedWhileFull.destroy();
    const whileFull = await health(server.url);
    expect(whileFull.httpStatus).toBe(503);
    expect(whileFull.body.storage).toBe("failing");
    expect(watcher.text()).not.toContain("<während-voll>");

    // Space returns: her unsaved edits arrive at the others and are stored.
    sqlite.pragma("max_page_count = 1073741823");
    await watcher.whenDoc(() => watcher.text().includes("<während-voll>"), "edits typed while full arrive");
    await watcher.whenDoc(() => watcher.text() === anna.text(), "converged");
    const stored = await rebuildFromDatabase(server.databasePath, track.documentName);
    expect(containsState(stored, Y.encodeStateAsUpdate(anna.doc)), "everything Anna typed is stored").toBe(true);
    stored.destroy();
    const after = await health(server.url);
    expect(after.httpStatus).toBe(200);
    expect(after.body.storage).toBe("ok");
  });
});
