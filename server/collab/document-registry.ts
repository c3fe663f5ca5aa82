import { EventEmitter } from "node:events";
import * as Y from "yjs";
import { CloseCode } from "../../shared/collab-protocol";
import type { Logger } from "../logger";
import type { DocumentStore } from "../persistence/document-store";
import { LiveDocument } from "./live-document";
import { updateFrame } from "./messages";

/** The origin of transactions made by `DocumentRegistry.change`: the server's own changes. */
export const SERVER_CHANGE = Symbol("server-change");

/** Watches a loaded document; `attach` returns the function that detaches it again. */
export interface DocumentObserver {
  attach(live: LiveDocument): () => void;
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
  /** Updates arriving within this many milliseconds are committed in one transaction and relayed as one frame. */
  batchWindowMs?: number;
  /**
   * Runs `work` inside one transaction of the store, synchronously (SQLite: better-sqlite3's
   * `transaction`). Given, the batches of all documents of one window share one commit, so one fsync
   * instead of one per document. Only for stores whose `append` does its writing synchronously.
   */
  transaction?: (work: () => void) => void;
  /** After this many stored updates the log of a document is compacted into a snapshot. */
  compactAfterUpdates?: number;
}

/** Bookkeeping of one document, loaded or loading. */
class Entry {
  loading!: Promise<LiveDocument>;
  live: LiveDocument | null = null;
  /** Connections (and other users) holding the document open; it is unloaded when this drops to 0. */
  holders = 0;
  /** Updates applied to the Y.Doc but not yet committed. They are relayed to nobody until they are. */
  pending: Uint8Array[] = [];
  lastUpdateId = 0;
  updatesSinceSnapshot = 0;
  failed = false;
  /** Detaches the document observers; called once, before the document is unloaded or dropped. */
  detachObservers: () => void = () => {};

  constructor(readonly name: string) {}
}

/**
 * The registry of live documents: the only module that creates, loads, stores and unloads a Y.Doc on the
 * server. The rules it keeps (see ADR 002 and docs/decisions):
 * - a document is loaded once, however many clients connect at the same moment (they share one promise);
 * - a document whose stored state cannot be read is never served, so it can never be stored empty;
 * - every update is committed before it is relayed to anyone; updates within one batch window are committed
 *   together (those of all documents in one transaction, when the store offers one) and relayed as one
 *   merged frame per document, encoded once for all its peers;
 * - a failed write is never swallowed: the document is dropped from memory and its clients are closed, so
 *   that they reconnect and send again what the server could not store;
 * - a document is unloaded only after everything it received is stored.
 */
export class DocumentRegistry extends EventEmitter<{ loaded: [name: string]; unloaded: [name: string] }> {
  private readonly entries = new Map<string, Entry>();
  private readonly store: DocumentStore;
  private readonly logger: Logger;
  private readonly initialize: (documentName: string, doc: Y.Doc) => void;
  private readonly observers: DocumentObserver[];
  private readonly batchWindowMs: number;
  private readonly compactAfterUpdates: number;
  private readonly transaction: ((work: () => void) => void) | null;
  /** Documents with updates waiting for the next commit. */
  private readonly dirty = new Set<Entry>();
  private commitTimer: NodeJS.Timeout | null = null;
  /** The chain of commits: each window's batches are stored after the previous window's. */
  private commits: Promise<void> = Promise.resolve();
  /** Set by a failed write, cleared by the next successful one: the health check reports it. */
  private lastWriteFailed = false;

  constructor(options: RegistryOptions) {
    super();
    this.store = options.store;
    this.logger = options.logger;
    this.initialize = options.initialize ?? (() => {});
    this.observers = options.observers ?? [];
    this.batchWindowMs = options.batchWindowMs ?? 2;
    this.compactAfterUpdates = options.compactAfterUpdates ?? 500;
    this.transaction = options.transaction ?? null;
  }

  /** Opens a document for one holder; every successful `open` must be paired with one `release`. */
  async open(name: string): Promise<LiveDocument> {
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

  release(live: LiveDocument): void {
    const entry = this.entries.get(live.name);
    if (!entry || entry.live !== live) return;
    entry.holders--;
    if (entry.holders === 0) void this.unload(entry);
  }

  /** Resolves when every update applied to the document so far is committed. */
  async whenStored(live: LiveDocument): Promise<void> {
    const entry = this.entries.get(live.name);
    if (!entry || entry.live !== live) return;
    // New updates may arrive while a write is under way; loop until none is left, so that the caller can
    // encode the document's state in the same turn and send nothing that is not stored.
    while (entry.pending.length > 0) await this.commitNow();
    await this.commits;
  }

  /**
   * A change made by the server itself (a restore from history, a reveal): opens the document, applies
   * `apply` in one transaction and resolves once the change is committed, which is also when it is relayed
   * to the connected clients, like any update. The transaction's origin is `SERVER_CHANGE`, not a
   * connection, so author attribution leaves it alone.
   */
  async change(name: string, apply: (doc: Y.Doc) => void): Promise<void> {
    const live = await this.open(name);
    try {
      live.doc.transact(() => apply(live.doc), SERVER_CHANGE);
      await this.whenStored(live);
    } finally {
      this.release(live);
    }
  }

  /**
   * A server change after which nothing it replaced may stay in the stored log (erasing names after an
   * event): applied like `change`, then the log is compacted into one snapshot of the new state, from which
   * Yjs' garbage collection has dropped the replaced values.
   */
  async changeAndCompact(name: string, apply: (doc: Y.Doc) => void): Promise<void> {
    const live = await this.open(name);
    try {
      live.doc.transact(() => apply(live.doc), SERVER_CHANGE);
      await this.whenStored(live);
      const entry = this.entries.get(name);
      if (entry?.live === live) await this.compact(entry);
    } finally {
      this.release(live);
    }
  }

  /** Whether the last write to the store failed (disk full, I/O error), for the health check. */
  get storageFailing(): boolean {
    return this.lastWriteFailed;
  }

  /** Number of loaded documents, for the health check. */
  get loadedCount(): number {
    return this.entries.size;
  }

  /** Number of updates applied in memory and not yet committed, for the health check. */
  get pendingWrites(): number {
    let count = 0;
    for (const entry of this.entries.values()) count += entry.pending.length;
    return count;
  }

  /** Stores everything, then closes every connection with "service restart". Used on SIGTERM. */
  async shutdown(): Promise<void> {
    const entries = [...this.entries.values()];
    await Promise.all(
      entries.map((entry) => (entry.live ? this.whenStored(entry.live) : entry.loading.catch(() => {}))),
    );
    for (const entry of entries) {
      entry.detachObservers(); // flushes what observers keep (the read model) while the database is open
      entry.live?.closeAll(CloseCode.serviceRestart, "Der Server startet neu.");
    }
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

  private async load(entry: Entry): Promise<LiveDocument> {
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
    entry.lastUpdateId = stored.lastUpdateId;
    entry.updatesSinceSnapshot = stored.updateCount;
    // The 'update' event carries only what Yjs integrated, so a malformed or incomplete update from a client
    // never reaches the log.
    doc.on("update", (update: Uint8Array) => this.enqueue(entry, update));
    if (stored.updates.length === 0) doc.transact(() => this.initialize(entry.name, doc));
    entry.live = new LiveDocument(entry.name, doc);
    const detachers = this.observers.map((observer) => observer.attach(entry.live as LiveDocument));
    entry.detachObservers = () => {
      entry.detachObservers = () => {};
      for (const detach of detachers) detach();
    };
    this.logger.debug({ document: entry.name, updates: stored.updates.length }, "document loaded");
    this.emit("loaded", entry.name);
    return entry.live;
  }

  private enqueue(entry: Entry, update: Uint8Array): void {
    if (entry.failed) return;
    entry.pending.push(update);
    this.dirty.add(entry);
    this.commitTimer ??= setTimeout(() => void this.commitNow(), this.batchWindowMs);
  }

  /** Commits what every document has pending, after the commits already under way. */
  private commitNow(): Promise<void> {
    if (this.commitTimer) clearTimeout(this.commitTimer);
    this.commitTimer = null;
    this.commits = this.commits.then(() => this.commitWindow());
    return this.commits;
  }

  /**
   * One batch window: the pending updates of each document are merged into one update, all documents'
   * updates are appended (in one store transaction when there is one: one fsync for all), and only then
   * is each relayed, as one frame encoded once, to its document's peers. A document whose append failed is
   * dropped (see `fail`); the others are relayed as usual.
   */
  private async commitWindow(): Promise<void> {
    const batches = [...this.dirty]
      .filter((entry) => !entry.failed && entry.pending.length > 0)
      .map((entry) => {
        const pending = entry.pending;
        entry.pending = [];
        return { entry, update: pending.length === 1 && pending[0] ? pending[0] : Y.mergeUpdates(pending) };
      });
    this.dirty.clear();
    if (batches.length === 0) return;
    const results = await Promise.allSettled(this.appendAll(batches));
    for (const [i, result] of results.entries()) {
      const { entry, update } = batches[i] as (typeof batches)[number];
      if (result.status === "rejected") this.fail(entry, result.reason);
      if (entry.failed || result.status === "rejected") continue;
      this.lastWriteFailed = false;
      entry.lastUpdateId = result.value;
      entry.updatesSinceSnapshot++;
      entry.live?.broadcast(updateFrame(update));
    }
    for (const { entry } of batches) {
      if (!entry.failed && entry.updatesSinceSnapshot >= this.compactAfterUpdates) await this.compact(entry);
    }
  }

  /** Starts the appends of one window; each promise resolves once its update is committed. */
  private appendAll(batches: { entry: Entry; update: Uint8Array }[]): Promise<number>[] {
    const appends: Promise<number>[] = [];
    const work = () => {
      for (const { entry, update } of batches) appends.push(this.store.append(entry.name, update));
    };
    if (!this.transaction) {
      work();
      return appends;
    }
    try {
      this.transaction(work);
    } catch (error) {
      // The commit itself failed, so nothing of this window is stored, whatever the appends said.
      for (const append of appends) append.catch(() => {});
      return batches.map(() => Promise.reject(error));
    }
    return appends;
  }

  /**
   * Replaces the log by one snapshot. Only when everything applied is committed and nothing waits for
   * missing dependencies: then the encoded state is exactly what the log holds.
   */
  private async compact(entry: Entry): Promise<void> {
    const doc = entry.live?.doc;
    if (!doc || entry.pending.length > 0 || doc.store.pendingStructs || doc.store.pendingDs) return;
    const throughUpdateId = entry.lastUpdateId;
    try {
      await this.store.compact(entry.name, Y.encodeStateAsUpdate(doc), throughUpdateId);
      entry.updatesSinceSnapshot = 0;
    } catch (error) {
      // The log is untouched (compaction is one transaction), so nothing is lost; try again later.
      this.logger.error({ err: error, document: entry.name }, "compaction failed");
    }
  }

  private fail(entry: Entry, error: unknown): void {
    this.logger.error({ err: error, document: entry.name }, "storing an update failed; document unloaded");
    entry.failed = true;
    this.lastWriteFailed = true;
    if (this.entries.get(entry.name) === entry) this.entries.delete(entry.name);
    this.dirty.delete(entry);
    entry.pending = [];
    entry.live?.closeAll(CloseCode.storageFailed, "Speichern fehlgeschlagen – Ihre Änderungen werden erneut gesendet.");
    entry.detachObservers();
    entry.live?.destroy();
    this.emit("unloaded", entry.name);
  }

  private async unload(entry: Entry): Promise<void> {
    const live = entry.live;
    if (!live || entry.failed) return;
    await this.whenStored(live);
    // Another unload of this entry (a holder came and went meanwhile) may have finished first; compacting
    // now could replace a newer snapshot by this older state.
    if (this.entries.get(entry.name) !== entry) return;
    if (entry.updatesSinceSnapshot > 0) await this.compact(entry);
    // With a slow store, someone may have opened, edited and left again during the compaction: their writes
    // finish before the document goes, or the next one to connect would load a state without them.
    await this.whenStored(live);
    // Someone may have opened the document while it was being stored: then it stays.
    if (entry.holders > 0 || entry.failed || this.entries.get(entry.name) !== entry) return;
    this.entries.delete(entry.name);
    entry.detachObservers();
    live.destroy();
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
