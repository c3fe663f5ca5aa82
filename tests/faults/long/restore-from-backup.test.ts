import { copyFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { backUpDatabase, integrityCheck, startFaultServer } from "../../support/fault-server";
import { rebuildFromDatabase } from "../../support/stored-document";
import { expectConvergedWithoutLoss, occurrences, startTyping } from "../../support/typists";

describe("restore from a backup while clients hold newer state", () => {
  it("merges the clients' newer edits back into the restored document, without duplication", async () => {
    const { server, dir, databasePath, trackA, connect } = await startFaultServer();
    const [anna, ben] = [connect("Anna"), connect("Ben")];
    const clients = [anna, ben];
    await Promise.all(clients.map((client) => client.whenSynced()));
    const typists = [startTyping(anna, "A", 4), startTyping(ben, "B", 6)];

    // A backup is taken online while they type, and they go on typing after it.
    await anna.whenDoc(() => anna.text().length > 300, "typing before the backup");
    const backupPath = dir.file("backup.db");
    backUpDatabase(databasePath, backupPath);
    const lengthAtBackup = anna.text().length;
    await anna.whenDoc(() => anna.text().length > lengthAtBackup + 300, "typing after the backup");

    // The server goes down and the operator restores the backup: everything since it is gone from the file.
    await server.stop("SIGKILL");
    await anna.whenDisconnected();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${databasePath}${suffix}`, { force: true });
    copyFileSync(backupPath, databasePath);
    expect(integrityCheck(databasePath)).toBe("ok");
    await server.start();

    // The clients reconnect with their newer state; it flows back into the server and is stored again.
    for (const typist of typists) typist.stop();
    await expectConvergedWithoutLoss(clients, typists, "after the restore");
    const everyToken = typists.flatMap((typist) => typist.tokens);
    await expect
      .poll(
        async () => {
          const stored = await rebuildFromDatabase(databasePath, trackA.documentName);
          const text = stored.getXmlFragment("default").toString();
          stored.destroy();
          return everyToken.filter((token) => occurrences(text, token) !== 1);
        },
        { message: "every token stored exactly once" },
      )
      .toEqual([]);
  });
});
