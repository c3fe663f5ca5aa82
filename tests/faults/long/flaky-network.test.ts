import { describe, expect, it, onTestFailed, onTestFinished } from "vitest";
import * as Y from "yjs";
import type { CollabClient } from "../../support/collab-client";
import { startFaultServer } from "../../support/fault-server";
import { FlakyProxy } from "../../support/flaky-proxy";
import { seededRandom } from "../../support/seeded-random";
import { containsState, rebuildFromDatabase } from "../../support/stored-document";
import { expectConvergedWithoutLoss, startTyping } from "../../support/typists";
import { until } from "../../support/wait";

const FAULTS = 12;

/** Resolves when every client shows exactly the presence of `present`: nobody missing, no ghosts. */
function whenPresenceIs(clients: CollabClient[], present: CollabClient[]) {
  const expected = present.map((client) => client.doc.clientID).sort();
  return Promise.all(
    clients.map((client) => {
      const awareness = client.provider.awareness;
      return until(
        (onChange) => {
          awareness.on("change", onChange);
          return () => awareness.off("change", onChange);
        },
        () => JSON.stringify([...awareness.getStates().keys()].sort()) === JSON.stringify(expected),
        `presence of ${client.provider.awareness.getLocalState()?.user?.name}: exactly the people connected`,
      );
    }),
  );
}

describe("flaky congress Wi-Fi", () => {
  it("converges without loss or duplication through delays, cuts and half-open connections, with no ghost cursors", async () => {
    const random = seededRandom();
    onTestFailed(() => console.error(`flaky network failed; replay with FAULTS_SEED=${random.seed}`));
    const { server, databasePath, trackA, connect } = await startFaultServer({ FAHRPLAN_HEARTBEAT_INTERVAL_MS: "500" });
    const wifi = await FlakyProxy.start(() => server.port);
    // Dora's own access point: she leaves through a connection that dies silently.
    const dorasWifi = await FlakyProxy.start(() => server.port);
    onTestFinished(async () => {
      await wifi.close();
      await dorasWifi.close();
    });
    const watcher = connect("Beobachter");
    const typing = [
      connect("Anna", { viaUrl: wifi.url }),
      connect("Ben", { viaUrl: wifi.url }),
      connect("Clara", { viaUrl: wifi.url }),
    ];
    const dora = connect("Dora", { viaUrl: dorasWifi.url });
    const clients = [watcher, ...typing];
    await Promise.all([...clients, dora].map((client) => client.whenSynced()));
    const typists = typing.map((client, index) => startTyping(client, "ABC"[index] ?? "X", 4 + 3 * index));

    for (let fault = 0; fault < FAULTS; fault++) {
      const seenBefore = watcher.text().length;
      await watcher.whenDoc(() => watcher.text().length >= seenBefore + random.between(10, 300), `fault ${fault}`);
      const kind = random.between(0, 2);
      if (kind === 0) {
        wifi.delayMs = random.between(0, 120);
      } else if (kind === 1) {
        wifi.cutAll();
      } else {
        // Nobody closes anything: the server notices through its pings, the clients only when the test
        // finally cuts what is left (in reality their own timeout, 30 s, would).
        const halfOpen = wifi.halfOpenAll();
        await wifi.whenServerGaveUp(halfOpen);
        for (const connection of halfOpen) wifi.cut(connection);
      }
    }

    wifi.delayMs = 0;
    for (const typist of typists) typist.stop();
    await expectConvergedWithoutLoss(clients, typists, `(seed ${random.seed})`);
    const stored = await rebuildFromDatabase(databasePath, trackA.documentName);
    expect(containsState(stored, Y.encodeStateAsUpdate(watcher.doc)), `stored (seed ${random.seed})`).toBe(true);
    stored.destroy();

    // Dora closes her laptop; her connection just stops. Her cursor must not stay behind.
    dorasWifi.halfOpenAll();
    dora.destroy();
    await whenPresenceIs(clients, clients);
  });
});
