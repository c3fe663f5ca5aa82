import { EventEmitter } from "node:events";
import * as Y from "yjs";
import { CloseCode } from "../../shared/collab-protocol";
import type { Logger } from "../logger";
import type { DocumentStore } from "../persistence/document-store";
import { SERVER_CHANGE } from "./change-origin";
import { type CommitLog, CommitPipeline } from "./commit-pipeline";
import { Room } from "./room";

/** Watches a loaded document; `attach` returns the function that detaches it again. */
export interface DocumentObserver {
  attach(room: Room): () => void;
}

export interface RegistryOptions {
  store: DocumentStore;
  logger: Logger;
  /** Writes the empty structure of a brand-new document. Runs once, on the server, and is stored. */
  initialize?: (documentName: string, doc: Y.Doc) => void;
  /**
   * Server-side observers of loaded documents (author attribution, the read model). Each is attached when
   * a document is loaded and detached after everything it received is stored, just before it is unloaded.
   */
  observers?: DocumentObserver[];
  /** After this many stored updates the log of a document is compacted into a snapshot. */
  compactAfterUpdates?: number;
}

/** Bookkeeping of one document, loaded or loading. */
class Entry {
  loading!: Promise<Room>;
  room: Room | null = null;
  log: CommitLog | null = null;
  /** Connections (and other users) holding the document open; it is unloaded when this drops to 0. */
  holders = 0;
  failed = false;
  /** Detaches the document observers; called once, before the document is unloaded or dropped. */
  detachObservers: () => void = () => {};

  constructor(readonly name: string) {}
}

/**
 * The registry of live documents: the only module that creates, loads and unloads a Y.Doc and its room
 * on the server. Storing is the commit pipeline's. The rules it keeps (see ADR 002 and docs/decisions):
 * - a document is loaded once, however many clients connect at the same moment (they share one promise);
 * - a document whose stored state cannot be read is never served, so it can never be stored empty;
 * - a document whose write failed is dropped from memory and its clients are closed, so that they
 *   reconnect and send again what the server could not store;
 * - a document is unloaded only after everything it received is stored.
 */
export class DocumentRegistry extends EventEmitter<{ loaded: [name: string]; unloaded: [name: string] }> {
  private readonly entries = new Map<string, Entry>();
  private readonly store: DocumentStore;
  private readonly logger: Logger;
  private readonly initialize: (documentName: string, doc: Y.Doc) => void;
  private readonly observers: DocumentObserver[];
  private readonly pipeline: CommitPipeline;

  constructor(options: RegistryOptions) {
    super();
    this.store = options.store;
    this.logger = options.logger;
    this.initialize = options.initialize ?? (() => {});
    this.observers = options.observers ?? [];
    this.pipeline = new CommitPipeline(options);
  }

  /** Opens a document for one holder; every successful `open` must be paired with one `release`. */
  async open(name: string): Promise<Room> {
    let entry = this.entries.get(name);
    if (!entry) {
      entry = this.createEntry(name);
      this.entries.set(name, entry);
    }
    entry.holders++;
    try {
      return await entry.loading;
    } catch (error) {
      entry.holders--;
      throw error;
    }
  }

  release(room: Room): void {
    const entry = this.entryOf(room);
    if (!entry) return;
    entry.holders--;
    if (entry.holders === 0) void this.unload(entry);
  }

  /** Resolves when every update applied to the document so far is committed. */
  async whenStored(room: Room): Promise<void> {
    await this.entryOf(room)?.log?.whenCommitted();
  }

  /** The loaded rooms, for the services that act on every connection (server/collab/connections.ts). */
  rooms(): Room[] {
    const rooms: Room[] = [];
    for (const entry of this.entries.values()) if (entry.room) rooms.push(entry.room);
    return rooms;
  }

  /**
   * A change made by the server itself (a restore from history, a reveal): opens the document, applies
   * `apply` in one transaction and resolves once the change is committed, which is also when it is relayed
   * to the connected clients, like any update. The transaction's origin is `SERVER_CHANGE`, so author
   * attribution leaves it alone.
   */
  async change(name: string, apply: (doc: Y.Doc) => void): Promise<void> {
    const room = await this.open(name);
    try {
      room.doc.transact(() => apply(room.doc), SERVER_CHANGE);
      await this.whenStored(room);
    } finally {
      this.release(room);
    }
  }

  /**
   * A server change after which nothing it replaced may stay in the stored log (erasing names after an
   * event): applied like `change`, then the log is compacted into one snapshot of the new state, from which
   * Yjs' garbage collection has dropped the replaced values.
   */
  async changeAndCompact(name: string, apply: (doc: Y.Doc) => void): Promise<void> {
    const room = await this.open(name);
    try {
      room.doc.transact(() => apply(room.doc), SERVER_CHANGE);
      await this.whenStored(room);
      await this.entryOf(room)?.log?.compact();
    } finally {
      this.release(room);
    }
  }

  /** Whether the last write to the store failed (disk full, I/O error), for the health check. */
  get storageFailing(): boolean {
    return this.pipeline.storageFailing;
  }

  /** Number of loaded documents, for the health check. */
  get loadedCount(): number {
    return this.entries.size;
  }

  /** Number of updates applied in memory and not yet committed, for the health check. */
  get pendingWrites(): number {
    return this.pipeline.pendingCount;
  }

  /** Stores everything, then closes every connection with "service restart". Used on SIGTERM. */
  async shutdown(): Promise<void> {
    const entries = [...this.entries.values()];
    await Promise.all(entries.map((entry) => (entry.log ? entry.log.whenCommitted() : entry.loading.catch(() => {}))));
    for (const entry of entries) {
      entry.detachObservers(); // flushes what observers keep (the read model) while the database is open
      entry.room?.closeAll(CloseCode.serviceRestart, "Der Server startet neu.");
    }
  }

  private entryOf(room: Room): Entry | null {
    const entry = this.entries.get(room.name);
    return entry?.room === room ? entry : null;
  }

  private createEntry(name: string): Entry {
    const entry = new Entry(name);
    entry.loading = this.load(entry);
    // A failed load leaves nothing behind: the next connection tries again from the stored state.
    entry.loading.catch(() => {
      if (this.entries.get(name) === entry) this.entries.delete(name);
    });
    return entry;
  }

  private async load(entry: Entry): Promise<Room> {
    const stored = await this.store.load(entry.name);
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      });
    } catch (error) {
      doc.destroy();
      throw new DocumentUnreadableError(entry.name, error);
    }
    // Everything stored was stored integrated. Structs still waiting for their dependencies after the load
    // mean the stored log is damaged; serving it could overwrite what is missing.
    if (doc.store.pendingStructs || doc.store.pendingDs) {
      doc.destroy();
      throw new DocumentUnreadableError(entry.name, new Error("stored updates have missing dependencies"));
    }
    const room = new Room(entry.name, doc);
    entry.room = room;
    entry.log = this.pipeline.track(entry.name, doc, stored, room, (error) => this.drop(entry, error));
    if (stored.updates.length === 0) doc.transact(() => this.initialize(entry.name, doc), SERVER_CHANGE);
    const detachers = this.observers.map((observer) => observer.attach(room));
    entry.detachObservers = () => {
      entry.detachObservers = () => {};
      for (const detach of detachers) detach();
    };
    this.logger.debug({ document: entry.name, updates: stored.updates.length }, "document loaded");
    this.emit("loaded", entry.name);
    return room;
  }

  /** A write of the document failed (the pipeline logged it): it leaves memory and its clients reconnect. */
  private drop(entry: Entry, _error: unknown): void {
    entry.failed = true;
    if (this.entries.get(entry.name) === entry) this.entries.delete(entry.name);
    entry.room?.closeAll(CloseCode.storageFailed, "Speichern fehlgeschlagen – Ihre Änderungen werden erneut gesendet.");
    entry.detachObservers();
    entry.room?.destroy();
    this.emit("unloaded", entry.name);
  }

  private async unload(entry: Entry): Promise<void> {
    const { room, log } = entry;
    if (!room || !log || entry.failed) return;
    await log.whenCommitted();
    // Another unload of this entry (a holder came and went meanwhile) may have finished first; compacting
    // now could replace a newer snapshot by this older state.
    if (this.entries.get(entry.name) !== entry) return;
    if (log.hasUncompacted) await log.compact();
    // With a slow store, someone may have opened, edited and left again during the compaction: their writes
    // finish before the document goes, or the next one to connect would load a state without them.
    await log.whenCommitted();
    // Someone may have opened the document while it was being stored: then it stays.
    if (entry.holders > 0 || entry.failed || this.entries.get(entry.name) !== entry) return;
    this.entries.delete(entry.name);
    log.stop();
    entry.detachObservers();
    room.destroy();
    this.logger.debug({ document: entry.name }, "document unloaded");
    this.emit("unloaded", entry.name);
  }
}

/** The stored state of a document cannot be read; the document is refused rather than served empty. */
export class DocumentUnreadableError extends Error {
  constructor(
    readonly documentName: string,
    cause: unknown,
  ) {
    super(`Stored state of ${documentName} cannot be read`, { cause });
    this.name = "DocumentUnreadableError";
  }
}
