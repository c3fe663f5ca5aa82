import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CommitPipeline } from "../../server/collab/commit-pipeline";
import { MemoryDocumentStore } from "../../server/persistence/memory-document-store";
import { silentLogger } from "../support/silent-logger";

const EMPTY = { updates: [], lastUpdateId: 0, updateCount: 0 };

/** A document tracked by a fresh pipeline, with what was relayed and whether storing it failed. */
function tracked(store = new MemoryDocumentStore()) {
  const pipeline = new CommitPipeline({ store, logger: silentLogger });
  const doc = new Y.Doc();
  const relayed: Uint8Array[] = [];
  const failures: unknown[] = [];
  const log = pipeline.track("track.a", doc, EMPTY, { relayUpdate: (update) => relayed.push(update) }, (error) =>
    failures.push(error),
  );
  return { store, pipeline, doc, log, relayed, failures };
}

describe("commit pipeline", () => {
  it("stores the updates of one window as one merged update, then relays it once", async () => {
    const { store, doc, log, relayed } = tracked();
    doc.getText("t").insert(0, "Medien");
    doc.getText("t").insert(6, "bruch");
    expect(relayed).toEqual([]); // nothing is relayed before it is stored
    await log.whenCommitted();

    expect(store.updateCount("track.a")).toBe(1);
    expect(relayed).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, relayed[0] as Uint8Array);
    expect(copy.getText("t").toString()).toBe("Medienbruch");
    expect(log.hasUncompacted).toBe(true);
  });

  it("resolves an enqueued update once it is committed and rejects it when the store refuses", async () => {
    const { store, log, relayed, failures, pipeline } = tracked();
    await expect(log.enqueue(Y.encodeStateAsUpdate(new Y.Doc()))).resolves.toBeUndefined();
    expect(store.updateCount("track.a")).toBe(1);

    store.failNextAppend = new Error("disk full");
    await expect(log.enqueue(new Uint8Array([0, 0]))).rejects.toThrow("disk full");
    expect(failures).toHaveLength(1);
    expect(pipeline.storageFailing).toBe(true);
    expect(relayed).toHaveLength(1); // only the stored one
    // A failed document takes nothing more: its clients reconnect and send it again.
    await expect(log.enqueue(new Uint8Array([0, 0]))).rejects.toThrow();
  });

  it("compacts the log into one snapshot", async () => {
    const { store, doc, log } = tracked();
    doc.getText("t").insert(0, "eins");
    await log.whenCommitted();
    doc.getText("t").insert(0, "zwei ");
    await log.whenCommitted();
    expect(store.updateCount("track.a")).toBe(2);

    await log.compact();
    expect(store.updateCount("track.a")).toBe(0);
    expect(log.hasUncompacted).toBe(false);
    const reloaded = new Y.Doc();
    for (const update of (await store.load("track.a")).updates) Y.applyUpdate(reloaded, update);
    expect(reloaded.getText("t").toString()).toBe("zwei eins");
  });
});
