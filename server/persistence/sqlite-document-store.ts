import { and, asc, eq, gt, lte } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { documentSnapshots, documentUpdates } from "../../db/schema";
import type { AppendedUpdate, DocumentStore, StoredDocument } from "./document-store";

/**
 * The SQLite implementation of the document store. better-sqlite3 is synchronous: `appendAll` has
 * committed when it returns, which is what lets the commit pipeline commit a window and relay it in the
 * same turn of the event loop. The methods are `async` only to fit the interface that other stores can
 * implement.
 */
export class SqliteDocumentStore implements DocumentStore {
  constructor(private readonly db: AppDatabase) {}

  async load(documentName: string): Promise<StoredDocument> {
    return this.db.transaction((tx) => {
      const snapshot = tx
        .select()
        .from(documentSnapshots)
        .where(eq(documentSnapshots.documentName, documentName))
        .get();
      const after = snapshot?.throughUpdateId ?? 0;
      const rows = tx
        .select({ id: documentUpdates.id, update: documentUpdates.update })
        .from(documentUpdates)
        .where(and(eq(documentUpdates.documentName, documentName), gt(documentUpdates.id, after)))
        .orderBy(asc(documentUpdates.id))
        .all();
      const updates = rows.map((row) => new Uint8Array(row.update));
      if (snapshot) updates.unshift(new Uint8Array(snapshot.state));
      return { updates, lastUpdateId: rows.at(-1)?.id ?? after, updateCount: rows.length };
    });
  }

  /** One transaction for the whole batch: one fsync, and nothing of it stored if any insert fails. */
  async appendAll(batch: readonly AppendedUpdate[]): Promise<number[]> {
    return this.db.transaction((tx) =>
      batch.map(
        ({ documentName, update }) =>
          tx
            .insert(documentUpdates)
            .values({ documentName, update: Buffer.from(update) })
            .returning({ id: documentUpdates.id })
            .get().id,
      ),
    );
  }

  async compact(documentName: string, state: Uint8Array, throughUpdateId: number): Promise<void> {
    this.db.transaction((tx) => {
      tx.insert(documentSnapshots)
        .values({ documentName, state: Buffer.from(state), throughUpdateId, updatedAt: new Date() })
        .onConflictDoUpdate({
          target: documentSnapshots.documentName,
          set: { state: Buffer.from(state), throughUpdateId, updatedAt: new Date() },
        })
        .run();
      tx.delete(documentUpdates)
        .where(and(eq(documentUpdates.documentName, documentName), lte(documentUpdates.id, throughUpdateId)))
        .run();
    });
  }
}
