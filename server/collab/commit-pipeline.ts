import * as Y from "yjs";
import type { Logger } from "../logger";
import type { DocumentStore, StoredDocument } from "../persistence/document-store";

/** Where a committed update goes: the room of the document (server/collab/room.ts). */
export interface UpdateRelay {
  relayUpdate(update: Uint8Array): void;
}

export interface PipelineOptions {
  store: DocumentStore;
  logger: Logger;
  /** After this many stored updates the log of a document is compacted into a snapshot. */
  compactAfterUpdates?: number;
}

/** The commit log of one loaded document, as the registry and the connections use it. */
export interface CommitLog {
  /** Queues an update for the next batch; resolves once it is committed, rejects if storing it failed. */
  enqueue(update: Uint8Array): Promise<void>;
  /** Resolves when everything queued so far is committed (or has failed). */
  whenCommitted(): Promise<void>;
  /** Replaces the stored log by one snapshot of the document; skipped while anything is uncommitted. */
  compact(): Promise<void>;
  /** Whether updates were stored since the last snapshot, so that an unload should compact. */
  readonly hasUncompacted: boolean;
  /** Stops taking the document's updates: it is being unloaded or was dropped. */
  stop(): void;
}

/** Called when a write of the document failed; the pipeline takes none of its updates any more. */
export type CommitFailure = (error: unknown) => void;

/** One batch's promise to the updates queued in it. */
class Deferred {
  resolve!: () => void;
  reject!: (error: unknown) => void;
  readonly promise = new Promise<void>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });
}

class TrackedDocument implements CommitLog {
  pending: Uint8Array[] = [];
  /** Settles when `pending` is committed. */
  batch: Deferred | null = null;
  lastUpdateId: number;
  updatesSinceSnapshot: number;
  failed = false;

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    stored: StoredDocument,
    readonly relay: UpdateRelay,
    readonly onFailure: CommitFailure,
    private readonly pipeline: CommitPipeline,
  ) {
    this.lastUpdateId = stored.lastUpdateId;
    this.updatesSinceSnapshot = stored.updateCount;
    // The 'update' event carries only what Yjs integrated, so a malformed or incomplete update from a client
    // never reaches the log.
    doc.on("update", this.onUpdate);
  }

  enqueue(update: Uint8Array): Promise<void> {
    if (this.failed) return Promise.reject(new Error(`${this.name} is no longer stored`));
    this.pending.push(update);
    this.batch ??= new Deferred();
    this.pipeline.schedule(this);
    return this.batch.promise;
  }

  whenCommitted(): Promise<void> {
    return this.pipeline.whenCommitted(this);
  }

  compact(): Promise<void> {
    return this.pipeline.compact(this);
  }

  get hasUncompacted(): boolean {
    return this.updatesSinceSnapshot > 0;
  }

  stop(): void {
    this.doc.off("update", this.onUpdate);
  }

  private readonly onUpdate = (update: Uint8Array) => {
    // Failure reaches the registry through `onFailure`; nobody waits on this promise.
    this.enqueue(update).catch(() => {});
  };
}

/**
 * Stores what people type, and only then lets it be relayed (ADR 002). **Group commit without a fixed
 * window** (as databases do it): when no commit is under way, what arrived is committed at once, at the end
 * of the event loop's current turn (`setImmediate`), so that updates read from several sockets in one turn
 * go together; while a commit is under way, new updates gather and go as the next batch the moment it
 * returns. An update so waits for at most the commit in flight plus its own. A batch's updates are merged
 * per document, all documents appended in one call to the store (one transaction, so one fsync for all),
 * and each document's merged update relayed to its room as one frame.
 * A failed write is never swallowed: the documents of that batch are reported failed, so that the
 * registry drops them and their clients reconnect and send again what could not be stored. Logs are
 * compacted into a snapshot every `compactAfterUpdates` updates.
 *
 * Self-contained on purpose: it knows the store, documents and relays, nothing of connections or rooms.
 */
export class CommitPipeline {
  private readonly store: DocumentStore;
  private readonly logger: Logger;
  private readonly compactAfterUpdates: number;
  /** Documents with updates waiting for the next batch. */
  private readonly dirty = new Set<TrackedDocument>();
  /** A commit is scheduled for the end of this turn of the event loop. */
  private scheduled: NodeJS.Immediate | null = null;
  /** A batch is with the store; what arrives meanwhile goes as the next batch when it returns. */
  private inFlight = false;
  /** The chain of commits: each batch is stored after the previous one. */
  private commits: Promise<void> = Promise.resolve();
  private lastWriteFailed = false;

  constructor(options: PipelineOptions) {
    this.store = options.store;
    this.logger = options.logger;
    this.compactAfterUpdates = options.compactAfterUpdates ?? 500;
  }

  /** Starts storing a loaded document's updates; `stored` is what its load read. */
  track(name: string, doc: Y.Doc, stored: StoredDocument, relay: UpdateRelay, onFailure: CommitFailure): CommitLog {
    return new TrackedDocument(name, doc, stored, relay, onFailure, this);
  }

  /** Whether the last write failed (disk full, I/O error), for the health check. */
  get storageFailing(): boolean {
    return this.lastWriteFailed;
  }

  /** Updates applied in memory and not yet handed to the store, for the health check. */
  get pendingCount(): number {
    let count = 0;
    for (const document of this.dirty) count += document.pending.length;
    return count;
  }

  /** @internal called by a document's log when it queued an update. */
  schedule(document: TrackedDocument): void {
    this.dirty.add(document);
    if (this.inFlight) return; // goes with the next batch, when the one in flight returns
    this.scheduled ??= setImmediate(() => void this.commitNow());
  }

  /** @internal */
  async whenCommitted(document: TrackedDocument): Promise<void> {
    // New updates may arrive while a write is under way; loop until none is left, so that the caller can
    // encode the document's state in the same turn and send nothing that is not stored.
    while (document.pending.length > 0) await this.commitNow();
    await this.commits;
  }

  /**
   * @internal Replaces the log by one snapshot. Only when everything applied is committed and nothing
   * waits for missing dependencies: then the encoded state is exactly what the log holds.
   */
  async compact(document: TrackedDocument): Promise<void> {
    const { doc } = document;
    if (document.failed || document.pending.length > 0 || doc.store.pendingStructs || doc.store.pendingDs) return;
    try {
      await this.store.compact(document.name, Y.encodeStateAsUpdate(doc), document.lastUpdateId);
      document.updatesSinceSnapshot = 0;
    } catch (error) {
      // The log is untouched (compaction is one transaction), so nothing is lost; try again later.
      this.logger.error({ err: error, document: document.name }, "compaction failed");
    }
  }

  /** Commits what every document has pending, after the commits already under way. */
  private commitNow(): Promise<void> {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    this.commits = this.commits.then(async () => {
      this.inFlight = true;
      try {
        await this.commitBatch();
      } finally {
        this.inFlight = false;
      }
      // What gathered while the batch was with the store goes now, without waiting for another turn.
      if (this.dirty.size > 0 && !this.scheduled) void this.commitNow();
    });
    return this.commits;
  }

  private async commitBatch(): Promise<void> {
    const batches = [...this.dirty]
      .filter((document) => !document.failed && document.pending.length > 0)
      .map((document) => {
        const { pending, batch } = document;
        document.pending = [];
        document.batch = null;
        const update = pending.length === 1 && pending[0] ? pending[0] : Y.mergeUpdates(pending);
        return { document, update, settled: batch as Deferred };
      });
    this.dirty.clear();
    if (batches.length === 0) return;
    let ids: number[];
    try {
      ids = await this.store.appendAll(
        batches.map(({ document, update }) => ({ documentName: document.name, update })),
      );
    } catch (error) {
      // Nothing of this batch is stored: every document in it fails, none is relayed.
      for (const { document, settled } of batches) this.fail(document, error, settled);
      return;
    }
    this.lastWriteFailed = false;
    for (const [i, { document, update, settled }] of batches.entries()) {
      document.lastUpdateId = ids[i] as number;
      document.updatesSinceSnapshot++;
      if (!document.failed) document.relay.relayUpdate(update);
      settled.resolve();
    }
    for (const { document } of batches) {
      if (!document.failed && document.updatesSinceSnapshot >= this.compactAfterUpdates) await this.compact(document);
    }
  }

  private fail(document: TrackedDocument, error: unknown, settled: Deferred): void {
    this.logger.error({ err: error, document: document.name }, "storing an update failed; document unloaded");
    this.lastWriteFailed = true;
    document.failed = true;
    document.pending = [];
    document.batch?.reject(error);
    document.batch = null;
    this.dirty.delete(document);
    document.stop();
    settled.reject(error);
    document.onFailure(error);
  }
}
