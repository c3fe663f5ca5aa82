/**
 * Where live documents are kept. The document registry (server/collab/document-registry.ts) is the only
 * caller. Every method either completes durably or throws: a store never swallows an error, because the
 * registry decides what a failed write means for the connected clients.
 */
export interface DocumentStore {
  /** Everything stored for a document, in the order it was stored; an empty list for a new document. */
  load(documentName: string): Promise<StoredDocument>;
  /** Appends one update and returns its id; when the promise resolves, the update is committed. */
  append(documentName: string, update: Uint8Array): Promise<number>;
  /**
   * Replaces the snapshot and every update up to `throughUpdateId` by `state`, in one transaction: either
   * all of it happens or none. `state` must contain everything that those rows contained.
   */
  compact(documentName: string, state: Uint8Array, throughUpdateId: number): Promise<void>;
}

export interface StoredDocument {
  /** The snapshot (if any) first, then every update appended after it. */
  updates: Uint8Array[];
  /** Id of the last update row, for a later compaction; 0 when nothing is stored. */
  lastUpdateId: number;
  /** Number of update rows after the snapshot: the compaction threshold is measured in these. */
  updateCount: number;
}
