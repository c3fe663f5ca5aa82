import { describe, expect, it, onTestFailed } from "vitest";
import * as Y from "yjs";
import { health, startFaultServer } from "../../support/fault-server";
import { seededRandom } from "../../support/seeded-random";
import { containsState, rebuildFromDatabase } from "../../support/stored-document";
import { expectConvergedWithoutLoss, occurrences, startTyping } from "../../support/typists";

const RESTARTS = 6;

describe("restart storm", () => {
  it("survives SIGTERM and kill -9 in quick succession while participants type, and unloads when all have left", async () => {
    const random = seededRandom();
    onTestFailed(() => console.error(`restart storm failed; replay with FAULTS_SEED=${random.seed}`));
    const { server, databasePath, trackA, connect } = await startFaultServer({ FAHRPLAN_COMPACT_AFTER_UPDATES: "20" });
    const [watcher, anna, ben, clara] = [connect("Beobachter"), connect("Anna"), connect("Ben"), connect("Clara")];
    const clients = [watcher, anna, ben, clara];
    const closeCodes: number[] = [];
    watcher.provider.on("connection-close", (event) => closeCodes.push(event?.code ?? 0));
    await Promise.all(clients.map((client) => client.whenSynced()));
    const typists = [startTyping(anna, "A", 8), startTyping(ben, "B", 13), startTyping(clara, "C", 21)];

    for (let restart = 0; restart < RESTARTS; restart++) {
      // Restarts follow each other as soon as the server is up again and a client got back in: clients
      // are still reconnecting, resending and syncing when the next one hits.
      await watcher.whenSynced();
      const signal = random.next() < 0.5 ? "SIGTERM" : "SIGKILL";
      const context = `restart ${restart}, ${signal}, seed ${random.seed}`;
      const closesBefore = closeCodes.length;
      const code = await server.stop(signal);
      await watcher.whenDisconnected();
      if (signal === "SIGTERM") {
        expect(code, `SIGTERM exits 0 (${context})`).toBe(0);
        expect(closeCodes.slice(closesBefore), `clients are told 1012 (${context})`).toContain(1012);
      }
      const stored = await rebuildFromDatabase(databasePath, trackA.documentName);
      const seen = Y.encodeStateAsUpdate(watcher.doc);
      expect(containsState(stored, seen), `the database holds what the watcher saw (${context})`).toBe(true);
      stored.destroy();
      await server.start();
    }

    for (const typist of typists) typist.stop();
    await expectConvergedWithoutLoss(clients, typists, `(seed ${random.seed})`);

    // Everyone leaves: the document is stored and unloaded, and the file alone holds every token once.
    for (const client of clients) client.destroy();
    await expect.poll(async () => (await health(server.url)).body.loadedDocuments).toBe(0);
    const stored = await rebuildFromDatabase(databasePath, trackA.documentName);
    const storedText = stored.getXmlFragment("default").toString();
    for (const token of typists.flatMap((typist) => typist.tokens)) {
      expect(occurrences(storedText, token), `${token} stored once (seed ${random.seed})`).toBe(1);
    }
    stored.destroy();
    // Each restart is a full server start; on a loaded machine six of them take minutes.
  }, 300_000);
});
