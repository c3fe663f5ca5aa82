import type { AppendedUpdate, DocumentStore, StoredDocument } from "./document-store";

interface MemoryDocument {
  snapshot: { state: Uint8Array; throughUpdateId: number } | null;
  updates: { id: number; update: Uint8Array }[];
}

/**
 * A document store in memory, with the same contract as the SQLite store. Used by unit tests, and a
 * template for other stores. `failNextAppend` lets a test simulate a storage error: the next batch is
 * refused as a whole, as a failed SQLite transaction is.
 */
export class MemoryDocumentStore implements DocumentStore {
  private readonly documents = new Map<string, MemoryDocument>();
  private nextId = 1;
  failNextAppend: Error | null = null;

  async load(documentName: string): Promise<StoredDocument> {
    const document = this.documents.get(documentName);
    if (!document) return { updates: [], lastUpdateId: 0, updateCount: 0 };
    const updates = document.updates.map((row) => row.update);
    if (document.snapshot) updates.unshift(document.snapshot.state);
    const lastUpdateId = document.updates.at(-1)?.id ?? document.snapshot?.throughUpdateId ?? 0;
    return { updates, lastUpdateId, updateCount: document.updates.length };
  }

  async appendAll(batch: readonly AppendedUpdate[]): Promise<number[]> {
    if (this.failNextAppend) {
      const error = this.failNextAppend;
      this.failNextAppend = null;
      throw error;
    }
    return batch.map(({ documentName, update }) => {
      const document = this.documents.get(documentName) ?? { snapshot: null, updates: [] };
      this.documents.set(documentName, document);
      const id = this.nextId++;
      document.updates.push({ id, update: update.slice() });
      return id;
    });
  }

  async compact(documentName: string, state: Uint8Array, throughUpdateId: number): Promise<void> {
    const document = this.documents.get(documentName) ?? { snapshot: null, updates: [] };
    this.documents.set(documentName, document);
    document.snapshot = { state: state.slice(), throughUpdateId };
    document.updates = document.updates.filter((row) => row.id > throughUpdateId);
  }

  /** Number of update rows stored for a document after its snapshot. */
  updateCount(documentName: string): number {
    return this.documents.get(documentName)?.updates.length ?? 0;
  }
}
