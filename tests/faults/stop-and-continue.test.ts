import { describe, expect, it, onTestFinished } from "vitest";
import * as Y from "yjs";
import type { CollabClient } from "../support/collab-client";
import { startFaultServer } from "../support/fault-server";
import { FlakyProxy } from "../support/flaky-proxy";
import { containsState, rebuildFromDatabase } from "../support/stored-document";
import { until } from "../support/wait";

/** Resolves when `watcher` shows (or no longer shows) the presence of the client with this id. */
function whenPresence(watcher: CollabClient, clientId: number, present: boolean, description: string) {
  const awareness = watcher.provider.awareness;
  return until(
    (onChange) => {
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
    () => awareness.getStates().has(clientId) === present,
    description,
  );
}

describe("SIGSTOP and SIGCONT", () => {
  it("delivers what was typed while the server was stopped, and drops a socket that died meanwhile", async () => {
    // Pings every half second: a socket that misses one is dropped at the next, within two intervals.
    const { server, databasePath, trackA, connect } = await startFaultServer({ FAHRPLAN_HEARTBEAT_INTERVAL_MS: "500" });
    const proxy = await FlakyProxy.start(() => server.port);
    onTestFinished(() => proxy.close());
    const [watcher, anna] = [connect("Beobachter"), connect("Anna")];
    // Carla's laptop goes away while the server is stopped, without a word: her connection goes through
    // the proxy so that it can die silently.
    const carla = connect("Carla", { viaUrl: proxy.url });
    await Promise.all([watcher, anna, carla].map((client) => client.whenSynced()));
    await whenPresence(watcher, carla.doc.clientID, true, "Carla is shown as present");

    server.signal("SIGSTOP");
    const typedMeanwhile: string[] = [];
    for (let i = 0; i < 50; i++) {
      typedMeanwhile.push(`<angehalten${i}>`);
      anna.type(`<angehalten${i}>`);
    }
    proxy.halfOpenAll();
    carla.destroy();
    server.signal("SIGCONT");

    await watcher.whenDoc(
      () => typedMeanwhile.every((token) => watcher.text().includes(token)),
      "edits typed while the server was stopped arrive",
    );
    // Carla's socket never closed; only the server's ping can find out that nobody answers any more.
    await whenPresence(watcher, carla.doc.clientID, false, "Carla's dead socket is dropped, her cursor gone");
    const stored = await rebuildFromDatabase(databasePath, trackA.documentName);
    expect(containsState(stored, Y.encodeStateAsUpdate(anna.doc))).toBe(true);
    stored.destroy();
  });
});
