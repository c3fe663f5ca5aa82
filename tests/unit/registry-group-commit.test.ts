import { afterEach, describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { DocumentRegistry } from "../../server/collab/document-registry";
import { LiveDocument, type Peer } from "../../server/collab/live-document";
import { MemoryDocumentStore } from "../../server/persistence/memory-document-store";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import { RecordingPeer } from "../support/recording-peer";
import { silentLogger } from "../support/silent-logger";

const NAMES = [
  "track.0b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f21",
  "track.1b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f22",
  "track.2b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f23",
];

/** A store that remembers which appends ran inside the registry's transaction. */
class TransactionalStore extends MemoryDocumentStore {
  inTransaction = false;
  transactions = 0;
  appendsInside: string[] = [];
  failCommit = false;

  readonly transaction = (work: () => void) => {
    this.transactions++;
    this.inTransaction = true;
    try {
      work();
    } finally {
      this.inTransaction = false;
    }
    if (this.failCommit) throw new Error("disk I/O error at commit");
  };

  override async append(documentName: string, update: Uint8Array): Promise<number> {
    if (this.inTransaction) this.appendsInside.push(documentName);
    return super.append(documentName, update);
  }
}

function typeInto(live: LiveDocument, text: string): void {
  live.doc.getText("t").insert(0, text);
}

let registries: DocumentRegistry[] = [];
afterEach(async () => {
  await Promise.all(registries.map((registry) => registry.shutdown()));
  registries = [];
});

function registryWith(store: TransactionalStore): DocumentRegistry {
  const registry = new DocumentRegistry({ store, logger: silentLogger, transaction: store.transaction });
  registries.push(registry);
  return registry;
}

describe("group commit across documents", () => {
  it("commits the updates of several documents of one window in one transaction", async () => {
    const store = new TransactionalStore();
    const registry = registryWith(store);
    const lives = await Promise.all(NAMES.map((name) => registry.open(name)));
    const before = store.transactions;
    for (const live of lives) typeInto(live, "Medienbruch");
    await Promise.all(lives.map((live) => registry.whenStored(live)));
    expect(store.transactions - before).toBe(1);
    expect(store.appendsInside.slice(-3).sort()).toEqual([...NAMES].sort());
  });

  it("relays nothing of a window whose commit failed, and closes its clients", async () => {
    const store = new TransactionalStore();
    const registry = registryWith(store);
    const lives = await Promise.all(NAMES.slice(0, 2).map((name) => registry.open(name)));
    const peers = lives.map((live) => {
      const peer = new RecordingPeer();
      live.peers.add(peer);
      return peer;
    });
    store.failCommit = true;
    for (const live of lives) typeInto(live, "verloren?");
    await Promise.all(lives.map((live) => registry.whenStored(live)));
    for (const peer of peers) {
      expect(peer.frames).toEqual([]);
      expect(peer.closedWith?.code).toBe(CloseCode.storageFailed);
    }
  });
});

describe("presence relay", () => {
  it("sends the changes of one window as one frame with every changed client", async () => {
    const live = new LiveDocument(NAMES[0] as string, new Y.Doc());
    const frames: Uint8Array[] = [];
    const received = new Promise<void>((resolve) => {
      const peer: Peer = {
        send: (frame) => {
          frames.push(frame);
          resolve();
        },
        close: () => {},
      };
      live.peers.add(peer);
    });
    const clients = [new Y.Doc(), new Y.Doc()].map((doc) => new awarenessProtocol.Awareness(doc));
    for (const [i, client] of clients.entries()) {
      client.setLocalStateField("cursor", { anchor: i, head: i });
      awarenessProtocol.applyAwarenessUpdate(
        live.awareness,
        awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID]),
        null,
      );
    }
    await received;
    expect(frames).toHaveLength(1);
    const frame = frames[0] as Uint8Array;
    expect(frame[0]).toBe(MessageType.awareness);
    const copy = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(copy, frame.slice(2), null);
    for (const client of clients) expect(copy.getStates().get(client.clientID)).toEqual(client.getLocalState());
    for (const client of [...clients, copy]) client.destroy();
    live.destroy();
  });
});
