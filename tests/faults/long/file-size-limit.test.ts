import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../../shared/collab-protocol";
import { health, startFaultServer } from "../../support/fault-server";
import { containsState, rebuildFromDatabase } from "../../support/stored-document";
import { until } from "../../support/wait";

/**
 * The disk fills up under a real server process: `ulimit -f` lets the process's files grow only a little
 * beyond the database's size, so writes fail with EFBIG (Node ignores SIGXFSZ) as on a full disk. Space
 * returns with a restart without the limit; what participants typed meanwhile must then be stored.
 */
describe("disk full in the server process (ulimit -f)", () => {
  it("keeps the process up and answering, and stores the edits made while full after a restart", async () => {
    const { server, databasePath, trackA, connect } = await startFaultServer();
    expect(await server.stop("SIGTERM")).toBe(0);
    // The database file may grow by 64 KiB, the WAL up to that total size: enough to start, not to type.
    server.fileSizeLimitBlocks = Math.ceil(statSync(databasePath).size / 512) + 128;
    await server.start();

    const [anna, watcher] = [connect("Anna"), connect("Beobachter")];
    await Promise.all([anna.whenSynced(), watcher.whenSynced()]);
    const closeCodes: number[] = [];
    anna.provider.on("connection-close", (event) => closeCodes.push(event?.code ?? 0));
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
    anna.type("<während-voll>");

    // The process is still up and says what is wrong.
    expect(server.running).toBe(true);
    const whileFull = await health(server.url);
    expect(whileFull.httpStatus).toBe(503);
    expect(whileFull.body.storage).toBe("failing");

    // Space returns (a restart without the limit): Anna's unsaved edits arrive and are stored.
    await server.stop("SIGKILL");
    server.fileSizeLimitBlocks = null;
    await server.start();
    await watcher.whenDoc(() => watcher.text().includes("<während-voll>"), "edits typed while full arrive");
    await watcher.whenDoc(() => watcher.text() === anna.text(), "converged");
    await expect
      .poll(async () => {
        const stored = await rebuildFromDatabase(databasePath, trackA.documentName);
        const complete = containsState(stored, Y.encodeStateAsUpdate(anna.doc));
        stored.destroy();
        return complete;
      })
      .toBe(true);
  });
});
