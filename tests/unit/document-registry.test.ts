import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DocumentRegistry, DocumentUnreadableError } from "../../server/collab/document-registry";
import { createTrackStructure } from "../../server/collab/track-structure";
import type { AppendedUpdate } from "../../server/persistence/document-store";
import { MemoryDocumentStore } from "../../server/persistence/memory-document-store";
import { CloseCode } from "../../shared/collab-protocol";
import { participantGrant, RecordingPeer } from "../support/recording-peer";
import { silentLogger } from "../support/silent-logger";

const NAME = "track.0b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f21";

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A store whose appends can be held back, to observe what happens before a commit. */
class GatedStore extends MemoryDocumentStore {
  private gate: ReturnType<typeof deferred> | null = null;
  appendStarted = deferred();

  /** From now on, appends wait until `release` is called. */
  hold(): void {
    this.gate = deferred();
    this.appendStarted = deferred();
  }

  release(): void {
    this.gate?.resolve();
  }

  override async appendAll(batch: readonly AppendedUpdate[]): Promise<number[]> {
    this.appendStarted.resolve();
    await this.gate?.promise;
    return super.appendAll(batch);
  }
}

/** An update as a client would send it: text typed into a paragraph of a copy of the document. */
function clientEdit(live: { doc: Y.Doc }, text: string): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live.doc));
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  const before = Y.encodeStateVector(client);
  client.getXmlFragment("default").push([paragraph]);
  const update = Y.encodeStateAsUpdate(client, before);
  client.destroy();
  return update;
}

function contentOf(doc: Y.Doc): string {
  return doc.getXmlFragment("default").toString();
}

async function rebuild(store: MemoryDocumentStore): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await store.load(NAME)).updates) Y.applyUpdate(doc, update);
  return doc;
}

let registries: DocumentRegistry[] = [];
function registryWith(store: MemoryDocumentStore, options: { compactAfterUpdates?: number } = {}) {
  const registry = new DocumentRegistry({
    store,
    logger: silentLogger,
    initialize: (_name, doc) => createTrackStructure(doc),
    ...options,
  });
  registries.push(registry);
  return registry;
}

afterEach(async () => {
  await Promise.all(registries.map((registry) => registry.shutdown()));
  registries = [];
});

describe("the document registry", () => {
  it("loads a document once when many clients open it at the same moment", async () => {
    const store = new MemoryDocumentStore();
    let loads = 0;
    const load = store.load.bind(store);
    store.load = (name) => {
      loads++;
      return load(name);
    };
    const registry = registryWith(store);
    const opened = await Promise.all(Array.from({ length: 50 }, () => registry.open(NAME)));
    expect(new Set(opened).size).toBe(1);
    expect(loads).toBe(1);
  });

  it("creates the structure of a new document on the server, stores it, and never creates it twice", async () => {
    const store = new MemoryDocumentStore();
    const registry = registryWith(store);
    const live = await registry.open(NAME);
    expect(contentOf(live.doc)).toContain("Problemfelder");
    const unloaded = once(registry, "unloaded");
    registry.release(live);
    await unloaded;

    const again = await registry.open(NAME);
    expect(contentOf(again.doc).match(/Problemfelder/g)).toHaveLength(1);
    expect(contentOf(again.doc).match(/Lösungsschritte/g)).toHaveLength(1);
  });

  it("relays an update to nobody until it is committed", async () => {
    const store = new GatedStore();
    const registry = registryWith(store);
    const live = await registry.open(NAME);
    await registry.whenStored(live);
    store.hold();
    const watcher = new RecordingPeer();
    live.join(watcher, participantGrant("track-1"));

    Y.applyUpdate(live.doc, clientEdit(live, "Akte"), "client");
    await store.appendStarted.promise;
    expect(watcher.frames).toHaveLength(0);

    store.release();
    await registry.whenStored(live);
    expect(watcher.frames).toHaveLength(1);
    expect(contentOf(await rebuild(store))).toContain("Akte");
  });

  it("refuses a document whose stored state cannot be read, and writes nothing", async () => {
    const store = new MemoryDocumentStore();
    const valid = Y.encodeStateAsUpdate(
      (() => {
        const doc = new Y.Doc();
        doc.getText("t").insert(0, "Wichtiger Text");
        return doc;
      })(),
    );
    await store.appendAll([{ documentName: NAME, update: valid.slice(0, valid.length - 3) }]);
    const registry = registryWith(store);

    await expect(registry.open(NAME)).rejects.toBeInstanceOf(DocumentUnreadableError);
    expect(registry.loadedCount).toBe(0);
    expect(store.updateCount(NAME)).toBe(1);
  });

  it("refuses a document whose stored updates miss their dependencies", async () => {
    const author = new Y.Doc();
    author.getText("t").insert(0, "erste ");
    const before = Y.encodeStateVector(author);
    author.getText("t").insert(6, "zweite");
    const store = new MemoryDocumentStore();
    await store.appendAll([{ documentName: NAME, update: Y.encodeStateAsUpdate(author, before) }]); // the first insertion is missing
    const registry = registryWith(store);

    await expect(registry.open(NAME)).rejects.toBeInstanceOf(DocumentUnreadableError);
    expect(store.updateCount(NAME)).toBe(1);
  });

  it("closes the clients and drops the document from memory when a write fails", async () => {
    const store = new MemoryDocumentStore();
    const registry = registryWith(store);
    const live = await registry.open(NAME);
    await registry.whenStored(live);
    const peer = new RecordingPeer();
    live.join(peer, participantGrant("track-1"));

    store.failNextAppend = new Error("disk full");
    Y.applyUpdate(live.doc, clientEdit(live, "verloren?"), "client");
    await registry.whenStored(live);

    expect(peer.closedWith?.code).toBe(CloseCode.storageFailed);
    expect(peer.frames).toHaveLength(0);
    expect(registry.loadedCount).toBe(0);
    const reloaded = await registry.open(NAME);
    expect(reloaded).not.toBe(live);
    expect(contentOf(reloaded.doc)).not.toContain("verloren?");
  });

  it("stores everything before it unloads a document", async () => {
    const store = new MemoryDocumentStore();
    const registry = registryWith(store);
    const live = await registry.open(NAME);
    Y.applyUpdate(live.doc, clientEdit(live, "kurz vor Schluss"), "client");
    const unloaded = once(registry, "unloaded");
    registry.release(live);
    await unloaded;
    expect(registry.loadedCount).toBe(0);
    expect(contentOf(await rebuild(store))).toContain("kurz vor Schluss");
  });
});

describe("compaction", () => {
  it("replaces the update log by a snapshot with exactly the same state", async () => {
    const store = new MemoryDocumentStore();
    const registry = registryWith(store, { compactAfterUpdates: 10 });
    const live = await registry.open(NAME);
    for (let i = 0; i < 35; i++) {
      Y.applyUpdate(live.doc, clientEdit(live, `Zeile ${i}`), "client");
      await registry.whenStored(live);
    }
    expect(store.updateCount(NAME)).toBeLessThan(10);
    const rebuilt = await rebuild(store);
    expect(contentOf(rebuilt)).toBe(contentOf(live.doc));
    expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(live.doc));
  });

  it("compacts when the last client leaves, so the next load reads one snapshot", async () => {
    const store = new MemoryDocumentStore();
    const registry = registryWith(store);
    const live = await registry.open(NAME);
    for (let i = 0; i < 5; i++) Y.applyUpdate(live.doc, clientEdit(live, `Punkt ${i}`), "client");
    const expected = contentOf(live.doc);
    const unloaded = once(registry, "unloaded");
    registry.release(live);
    await unloaded;
    expect(store.updateCount(NAME)).toBe(0);
    expect((await store.load(NAME)).updates).toHaveLength(1);
    expect(contentOf(await rebuild(store))).toBe(expected);
  });
});
