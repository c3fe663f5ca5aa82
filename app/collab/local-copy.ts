import { IndexeddbPersistence } from "y-indexeddb";
import type * as Y from "yjs";

/**
 * The copy of a live document that this browser keeps in IndexedDB (y-indexeddb), so that a closed lid,
 * a reload or a crash during an outage loses nothing (ADR 013). It holds Yjs updates: the server's state
 * as it arrived and this person's own edits. Updates merge idempotently, so loading the copy and then
 * syncing with the server never doubles anything the server already has.
 */

/** Every local copy's database name starts with this, so that logging out can find and delete them all. */
const DATABASE_PREFIX = "fahrplan:";

/**
 * One database per person and document: two people who share a laptop never see each other's unsent
 * text, and a draft never mixes with the shared document.
 */
export function localCopyName(ownerId: string, documentName: string): string {
  return `${DATABASE_PREFIX}${ownerId}:${documentName}`;
}

export class LocalCopy {
  private readonly persistence: IndexeddbPersistence;
  private loaded = false;
  /** Writes y-indexeddb has started and that are not known to be committed yet. */
  private writesInFlight = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    name: string,
    private readonly doc: Y.Doc,
  ) {
    this.persistence = new IndexeddbPersistence(name, doc);
    // Registered after y-indexeddb's own update handler, so it runs after that handler queued its write.
    doc.on("update", this.onDocUpdate);
    this.persistence.whenSynced.then(() => {
      this.loaded = true;
      this.notify();
    });
  }

  /** The copy is loaded and every change of the document so far is committed to IndexedDB. */
  get stored(): boolean {
    return this.loaded && this.writesInFlight === 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off("update", this.onDocUpdate);
    this.listeners.clear();
    // Rejects only when the database never opened (storage disabled); there is nothing to close then.
    this.persistence.destroy().catch(() => {});
  }

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    const db = this.persistence.db;
    if (origin === this.persistence || !db) return; // loaded from the copy, or stored with the whole state on open
    // IndexedDB runs a read-only transaction only after every earlier read-write transaction on the same
    // store has finished, so its completion tells that y-indexeddb's write of this update is committed.
    let probe: IDBTransaction;
    try {
      probe = db.transaction(["updates"], "readonly");
    } catch {
      return; // the database was closed (being deleted at logout): nothing more is stored
    }
    this.writesInFlight++;
    const settled = () => {
      this.writesInFlight--;
      this.notify();
    };
    probe.oncomplete = settled;
    probe.onabort = settled;
    probe.objectStore("updates").count();
    this.notify();
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Deletes every local copy in this browser (at logout, and on any page shown without a session). A copy
 * still open in a page is closed by y-indexeddb when the deletion asks for it, so the deletion is not
 * blocked. Browsers without `indexedDB.databases()` keep the copies; none of the supported ones lacks it.
 */
export async function clearLocalCopies(): Promise<void> {
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => name?.startsWith(DATABASE_PREFIX) ?? false)
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve();
            request.onerror = () => resolve();
            request.onblocked = () => resolve();
          }),
      ),
  );
}
