/**
 * Where live documents are kept. The commit pipeline (server/collab/commit-pipeline.ts) and the registry's
 * load are the only callers. Every method either completes durably or throws: a store never swallows an
 * error, because the pipeline decides what a failed write means for the connected clients.
 */
export interface DocumentStore {
  /** Everything stored for a document, in the order it was stored; an empty list for a new document. */
  load(documentName: string): Promise<StoredDocument>;
  /**
   * Appends one update per entry, all or none (SQLite: one transaction, so one fsync for all), and returns
   * their ids in the same order; when the promise resolves, every update is committed.
   */
  appendAll(batch: readonly AppendedUpdate[]): Promise<number[]>;
  /**
   * Replaces the snapshot and every update up to `throughUpdateId` by `state`, in one transaction: either
   * all of it happens or none. `state` must contain everything that those rows contained.
   */
  compact(documentName: string, state: Uint8Array, throughUpdateId: number): Promise<void>;
}

export interface AppendedUpdate {
  documentName: string;
  update: Uint8Array;
}

export interface StoredDocument {
  /** The snapshot (if any) first, then every update appended after it. */
  updates: Uint8Array[];
  /** Id of the last update row, for a later compaction; 0 when nothing is stored. */
  lastUpdateId: number;
  /** Number of update rows after the snapshot: the compaction threshold is measured in these. */
  updateCount: number;
}
