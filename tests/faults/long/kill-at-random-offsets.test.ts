import { describe, expect, it, onTestFailed } from "vitest";
import * as Y from "yjs";
import { startFaultServer } from "../../support/fault-server";
import { seededRandom } from "../../support/seeded-random";
import { containsState, rebuildFromDatabase } from "../../support/stored-document";
import { expectConvergedWithoutLoss, startTyping } from "../../support/typists";

const ROUNDS = Number(process.env.FAULTS_KILL_ROUNDS) || 8;

describe("kill -9 at random offsets while participants type", () => {
  it("keeps in the database file everything a watching client saw, and converges without duplication", async () => {
    const random = seededRandom();
    onTestFailed(() => console.error(`kill -9 at random offsets failed; replay with FAULTS_SEED=${random.seed}`));
    const { server, databasePath, trackA, connect } = await startFaultServer();
    const watcher = connect("Beobachter");
    const clients = [watcher, connect("Anna"), connect("Ben"), connect("Clara")];
    await Promise.all(clients.map((client) => client.whenSynced()));
    const typists = clients.slice(1).map((client, index) => startTyping(client, "ABC"[index] ?? "X", 3 + index * 2));

    for (let round = 0; round < ROUNDS; round++) {
      // The offset: how much more text the watcher sees before the kill, anywhere from a few keystrokes
      // to a long burst.
      const seenBefore = watcher.text().length;
      const offset = random.between(5, 600);
      await watcher.whenDoc(() => watcher.text().length >= seenBefore + offset, `round ${round}: typing`);
      await server.stop("SIGKILL");
      await watcher.whenDisconnected();
      const seen = Y.encodeStateAsUpdate(watcher.doc);

      // Before anyone can reconnect and fill gaps: the file alone must hold all the watcher saw.
      const stored = await rebuildFromDatabase(databasePath, trackA.documentName);
      const context = `round ${round}, offset ${offset}, seed ${random.seed}`;
      expect(containsState(stored, seen), `the database holds what the watcher saw (${context})`).toBe(true);
      stored.destroy();
      await server.start();
    }

    for (const typist of typists) typist.stop();
    await expectConvergedWithoutLoss(clients, typists, `(seed ${random.seed})`);
  });
});
