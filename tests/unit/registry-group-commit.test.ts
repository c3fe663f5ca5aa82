import { afterEach, describe, expect, it, vi } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { DocumentRegistry } from "../../server/collab/document-registry";
import { type Peer, Room } from "../../server/collab/room";
import type { AppendedUpdate } from "../../server/persistence/document-store";
import { MemoryDocumentStore } from "../../server/persistence/memory-document-store";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import { participantGrant, RecordingPeer } from "../support/recording-peer";
import { silentLogger } from "../support/silent-logger";

const NAMES = [
  "track.0b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f21",
  "track.1b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f22",
  "track.2b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f23",
];

/** A store that counts its batch appends and can refuse the next one, as a failed SQLite commit does. */
class CountingStore extends MemoryDocumentStore {
  batches: string[][] = [];

  override async appendAll(batch: readonly AppendedUpdate[]): Promise<number[]> {
    this.batches.push(batch.map((entry) => entry.documentName));
    return super.appendAll(batch);
  }
}

function typeInto(room: Room, text: string): void {
  room.doc.getText("t").insert(0, text);
}

let registries: DocumentRegistry[] = [];
afterEach(async () => {
  await Promise.all(registries.map((registry) => registry.shutdown()));
  registries = [];
});

function registryWith(store: CountingStore): DocumentRegistry {
  const registry = new DocumentRegistry({ store, logger: silentLogger });
  registries.push(registry);
  return registry;
}

describe("group commit across documents", () => {
  it("commits the updates of several documents of one window in one batch", async () => {
    const store = new CountingStore();
    const registry = registryWith(store);
    const rooms = await Promise.all(NAMES.map((name) => registry.open(name)));
    const before = store.batches.length;
    for (const room of rooms) typeInto(room, "Medienbruch");
    await Promise.all(rooms.map((room) => registry.whenStored(room)));
    expect(store.batches.slice(before)).toHaveLength(1);
    expect(store.batches.at(-1)?.sort()).toEqual([...NAMES].sort());
  });

  it("relays nothing of a window whose commit failed, and closes its clients", async () => {
    const store = new CountingStore();
    const registry = registryWith(store);
    const rooms = await Promise.all(NAMES.slice(0, 2).map((name) => registry.open(name)));
    const peers = rooms.map((room) => {
      const peer = new RecordingPeer();
      room.join(peer, participantGrant("track-1"));
      return peer;
    });
    store.failNextAppend = new Error("disk I/O error at commit");
    for (const room of rooms) typeInto(room, "verloren?");
    await Promise.all(rooms.map((room) => registry.whenStored(room)));
    for (const peer of peers) {
      expect(peer.frames).toEqual([]);
      expect(peer.closedWith?.code).toBe(CloseCode.storageFailed);
    }
  });
});

/** A store whose appends wait at a gate the test opens, as a slow disk's fsync does. */
class GatedStore extends CountingStore {
  private gates: (() => void)[] = [];
  reached: (() => void) | null = null;

  override async appendAll(batch: readonly AppendedUpdate[]): Promise<number[]> {
    this.batches.push(batch.map((entry) => entry.documentName));
    this.reached?.();
    await new Promise<void>((open) => this.gates.push(open));
    return MemoryDocumentStore.prototype.appendAll.call(this, batch);
  }

  openGate(): void {
    this.gates.shift()?.();
  }
}

describe("group commit without a fixed window", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("commits an update at the end of the event loop's turn, without waiting for a timer", async () => {
    // Timers never fire in this test: a commit that waited for one would never come.
    vi.useFakeTimers({ toFake: ["setTimeout", "setInterval"] });
    const store = new CountingStore();
    const registry = registryWith(store);
    const room = await registry.open(NAMES[0] as string);
    const before = store.batches.length;
    typeInto(room, "Sofort");
    await new Promise((next) => setImmediate(next));
    expect(store.batches.length).toBe(before + 1);
  });

  it("gathers what arrives while a commit is in flight and sends it as the next batch when it returns", async () => {
    const store = new GatedStore();
    const registry = registryWith(store);
    const rooms = await Promise.all(NAMES.map((name) => registry.open(name)));
    const before = store.batches.length;
    const [first, ...others] = rooms as [Room, ...Room[]];
    const inStore = new Promise<void>((reached) => {
      store.reached = reached;
    });
    typeInto(first, "zuerst");
    await inStore; // the first batch is with the store and waits at the gate
    for (const room of [first, ...others]) typeInto(room, "währenddessen");
    for (let turn = 0; turn < 5; turn++) await new Promise((next) => setImmediate(next));
    expect(store.batches.length).toBe(before + 1); // nothing else goes while one is in flight
    const next = new Promise<void>((reached) => {
      store.reached = reached;
    });
    store.openGate();
    await next;
    expect(store.batches.length).toBe(before + 2);
    expect(store.batches.at(-1)?.sort()).toEqual([...NAMES].sort());
    store.openGate();
    await Promise.all(rooms.map((room) => registry.whenStored(room)));
  });
});

describe("presence relay", () => {
  it("sends the changes of one window as one frame with every changed client", async () => {
    const room = new Room(NAMES[0] as string, new Y.Doc());
    const frames: Uint8Array[] = [];
    const received = new Promise<void>((resolve) => {
      const peer: Peer = {
        send: (frame) => {
          frames.push(frame);
          resolve();
        },
        close: () => {},
      };
      room.join(peer, participantGrant("track-1"));
    });
    const clients = [new Y.Doc(), new Y.Doc()].map((doc) => new awarenessProtocol.Awareness(doc));
    for (const [i, client] of clients.entries()) {
      client.setLocalStateField("cursor", { anchor: i, head: i });
      awarenessProtocol.applyAwarenessUpdate(
        room.awareness,
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
    room.destroy();
  });
});
