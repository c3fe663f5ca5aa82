import Database from "better-sqlite3";
import { describe, expect, it, onTestFailed } from "vitest";
import * as Y from "yjs";
import { integrityCheck, startFaultServer } from "../../support/fault-server";
import { seededRandom } from "../../support/seeded-random";
import { containsState, rebuildFromDatabase } from "../../support/stored-document";
import { expectConvergedWithoutLoss, startTyping } from "../../support/typists";

const ROUNDS = 8;

/** Whether the document's log was compacted into a snapshot at least once. */
function hasSnapshot(databasePath: string, documentName: string): boolean {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    return sqlite.prepare("select 1 from document_snapshots where document_name = ?").get(documentName) !== undefined;
  } finally {
    sqlite.close();
  }
}

describe("kill -9 during compaction", () => {
  it("leaves a sound database file and never half a compaction", async () => {
    const random = seededRandom();
    onTestFailed(() => console.error(`kill -9 during compaction failed; replay with FAULTS_SEED=${random.seed}`));
    // Compaction after every third stored batch, so that a kill lands in or next to one very often.
    const { server, databasePath, trackA, connect } = await startFaultServer({ FAHRPLAN_COMPACT_AFTER_UPDATES: "3" });
    const [watcher, anna, ben] = [connect("Beobachter"), connect("Anna"), connect("Ben")];
    const clients = [watcher, anna, ben];
    await Promise.all(clients.map((client) => client.whenSynced()));
    const typists = [startTyping(anna, "A", 5), startTyping(ben, "B", 8)];

    for (let round = 0; round < ROUNDS; round++) {
      const seenBefore = watcher.text().length;
      const offset = random.between(5, 400);
      await watcher.whenDoc(() => watcher.text().length >= seenBefore + offset, `round ${round}: typing`);
      await server.stop("SIGKILL");
      await watcher.whenDisconnected();
      const seen = Y.encodeStateAsUpdate(watcher.doc);
      const context = `round ${round}, offset ${offset}, seed ${random.seed}`;

      expect(integrityCheck(databasePath), context).toBe("ok");
      // Half a compaction would show as a snapshot without the rows it replaced, or rows deleted without a
      // snapshot: either way the rebuilt document would lack something the watcher saw, or hold structs
      // whose dependencies are gone.
      const stored = await rebuildFromDatabase(databasePath, trackA.documentName);
      expect(containsState(stored, seen), `the database holds what the watcher saw (${context})`).toBe(true);
      expect(stored.store.pendingStructs, context).toBeNull();
      expect(stored.store.pendingDs, context).toBeNull();
      stored.destroy();
      await server.start();
    }

    expect(hasSnapshot(databasePath, trackA.documentName), "compaction happened at all").toBe(true);
    for (const typist of typists) typist.stop();
    await expectConvergedWithoutLoss(clients, typists, `(seed ${random.seed})`);
  });
});
