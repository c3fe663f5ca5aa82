import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DocumentRegistry } from "../../server/collab/document-registry";
import type { Room } from "../../server/collab/room";
import { createTrackStructure } from "../../server/collab/track-structure";
import type { AppendedUpdate } from "../../server/persistence/document-store";
import { MemoryDocumentStore } from "../../server/persistence/memory-document-store";
import { silentLogger } from "../support/silent-logger";

const NAME = "track.0b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f21";

/** A gate a store operation waits at, and a signal that an operation has reached it. */
class Gate {
  private opened: Promise<void> | null = null;
  private open: () => void = () => {};
  private arrived: () => void = () => {};
  /** Resolves when an operation has reached the closed gate. */
  reached: Promise<void> = Promise.resolve();

  close(): void {
    this.opened = new Promise((resolve) => {
      this.open = resolve;
    });
    this.reached = new Promise((resolve) => {
      this.arrived = resolve;
    });
  }

  release(): void {
    this.opened = null;
    this.open();
  }

  async pass(): Promise<void> {
    if (!this.opened) return;
    this.arrived();
    await this.opened;
  }
}

/** Storage that is as slow as the test wants: loads, appends and compactions each wait at their gate. */
class SlowStore extends MemoryDocumentStore {
  readonly loading = new Gate();
  readonly appending = new Gate();
  readonly compacting = new Gate();
  loads = 0;

  override async load(documentName: string) {
    this.loads++;
    await this.loading.pass();
    return super.load(documentName);
  }

  override async appendAll(batch: readonly AppendedUpdate[]) {
    await this.appending.pass();
    return super.appendAll(batch);
  }

  private onCompacted: () => void = () => {};
  /** Resolves after the first compaction has completed. */
  readonly compacted: Promise<void> = new Promise((resolve) => {
    this.onCompacted = resolve;
  });

  override async compact(documentName: string, state: Uint8Array, throughUpdateId: number) {
    await this.compacting.pass();
    await super.compact(documentName, state, throughUpdateId);
    this.onCompacted();
  }
}

/** A participant's paragraph, applied to the live document as a connection would apply it. */
function type(live: Room, text: string): void {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live.doc));
  const before = Y.encodeStateVector(client);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  client.getXmlFragment("default").push([paragraph]);
  Y.applyUpdate(live.doc, Y.encodeStateAsUpdate(client, before), "connection");
  client.destroy();
}

const content = (live: Room) => live.doc.getXmlFragment("default").toString();

let registries: DocumentRegistry[] = [];
function registryOn(store: SlowStore): DocumentRegistry {
  const registry = new DocumentRegistry({
    store,
    logger: silentLogger,
    initialize: (_name, doc) => createTrackStructure(doc),
  });
  registries.push(registry);
  return registry;
}

afterEach(async () => {
  await Promise.all(registries.map((registry) => registry.shutdown()));
  registries = [];
});

/** Stores a document holding `text`, through a registry that is then gone, as after a restart. */
async function storedDocumentWith(store: SlowStore, text: string): Promise<void> {
  const registry = registryOn(store);
  const live = await registry.open(NAME);
  type(live, text);
  await registry.whenStored(live);
  registry.release(live);
  await new Promise((resolve) => registry.once("unloaded", resolve));
}

describe("slow storage", () => {
  it("gives everyone who connects during a slow load the full stored state, from one load", async () => {
    const store = new SlowStore();
    await storedDocumentWith(store, "Gespeicherter Text");
    const registry = registryOn(store);
    store.loads = 0;
    store.loading.close();
    const first = registry.open(NAME);
    await store.loading.reached;
    const second = registry.open(NAME);
    store.loading.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(store.loads).toBe(1);
    expect(content(a)).toContain("Gespeicherter Text");
  });

  it("shows all content to someone reconnecting while the last one's edits are still being stored", async () => {
    const store = new SlowStore();
    const registry = registryOn(store);
    const leaving = await registry.open(NAME);
    store.appending.close();
    type(leaving, "Letzte Eingabe vor dem Gehen");
    registry.release(leaving);
    await store.appending.reached;

    const back = await registry.open(NAME);
    expect(content(back)).toContain("Letzte Eingabe vor dem Gehen");
    store.appending.release();
    await registry.whenStored(back);
    registry.release(back);
    await new Promise((resolve) => registry.once("unloaded", resolve));
    const again = await registry.open(NAME);
    expect(content(again)).toContain("Letzte Eingabe vor dem Gehen");
    registry.release(again);
  });

  it("keeps edits made and left behind during the unloading compaction for the next one who connects", async () => {
    const store = new SlowStore();
    const registry = registryOn(store);
    const first = await registry.open(NAME);
    type(first, "Erste Person");
    await registry.whenStored(first);
    // The last person leaves; the document is being compacted on its way out, slowly.
    store.compacting.close();
    registry.release(first);
    await store.compacting.reached;
    // Someone comes back, types, and leaves again while that compaction runs, and their write is slow too.
    const second = await registry.open(NAME);
    store.appending.close();
    type(second, "Zweite Person");
    registry.release(second);
    await store.appending.reached;
    store.compacting.release();
    await store.compacted;
    // One turn of the event loop: the unloading finishes whatever it does after the compaction.
    await new Promise((resolve) => setImmediate(resolve));

    // Whoever connects next must see both, whether the document stayed loaded or was loaded again.
    const third = registry.open(NAME);
    store.appending.release();
    const live = await third;
    expect(content(live)).toContain("Erste Person");
    expect(content(live)).toContain("Zweite Person");
    registry.release(live);
  });
});
