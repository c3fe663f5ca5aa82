import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as Y from "yjs";
import type { AppDatabase } from "../../db/client";
import * as schema from "../../db/schema";
import { SqliteDocumentStore } from "../../server/persistence/sqlite-document-store";

/**
 * Rebuilds a document from the database file alone, the way the server loads it, without starting a
 * server and before any client can reconnect and fill in what is missing.
 */
export async function rebuildFromDatabase(databasePath: string, documentName: string): Promise<Y.Doc> {
  const sqlite = new Database(databasePath);
  try {
    const db = drizzle({ client: sqlite, schema, casing: "snake_case" }) as AppDatabase;
    const stored = await new SqliteDocumentStore(db).load(documentName);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return doc;
  } finally {
    sqlite.close();
  }
}

/** Counts the rows stored for documents (updates and snapshots). */
export function countStoredRows(databasePath: string): number {
  const sqlite = new Database(databasePath);
  try {
    const updates = sqlite.prepare("select count(*) as n from document_updates").get() as { n: number };
    const snapshots = sqlite.prepare("select count(*) as n from document_snapshots").get() as { n: number };
    return updates.n + snapshots.n;
  } finally {
    sqlite.close();
  }
}

/**
 * Whether `container` holds everything `part` holds: merging `part` into a copy of `container` changes
 * neither its state vector nor its content (a missing insertion or a missing deletion would).
 */
export function containsState(container: Y.Doc, part: Uint8Array): boolean {
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(container));
  const before = { vector: Y.encodeStateVector(merged), content: merged.getXmlFragment("default").toString() };
  Y.applyUpdate(merged, part);
  const after = { vector: Y.encodeStateVector(merged), content: merged.getXmlFragment("default").toString() };
  merged.destroy();
  return Buffer.from(before.vector).equals(Buffer.from(after.vector)) && before.content === after.content;
}
