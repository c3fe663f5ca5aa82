/**
 * Persistence, measured inside this process with the server's own store on a fresh SQLite file (WAL,
 * synchronous=FULL, as the server opens it): how long one commit of a keystroke takes, and how long a
 * compaction of a 500-update log takes. better-sqlite3 is synchronous, so each figure is also how long the
 * server's event loop stands still for it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import { openDatabase } from "../../../db/client";
import { SqliteDocumentStore } from "../../../server/persistence/sqlite-document-store";
import { LatencyHistogram, type LatencySummary, summarise } from "../histogram";

export interface PersistenceResult {
  commits: LatencySummary;
  compactions: LatencySummary;
  /** The longest single call into SQLite: the largest event-loop stall SQLite causes. */
  largestStallMs: number;
}

export async function runPersistence(options: { commits: number }): Promise<PersistenceResult> {
  const dir = mkdtempSync(join(tmpdir(), "fahrplan-bench-"));
  const db = openDatabase(join(dir, "persistence.db"));
  try {
    const store = new SqliteDocumentStore(db);
    const doc = new Y.Doc();
    const text = doc.getXmlFragment("default");
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const commits = new LatencyHistogram();
    const compactions = new LatencyHistogram();
    let lastId = 0;
    for (let i = 0; i < options.commits; i++) {
      text.insert(text.length, [new Y.XmlText("x")]);
      const started = performance.now();
      [lastId] = (await store.appendAll([
        { documentName: "track.bench", update: updates[updates.length - 1] as Uint8Array },
      ])) as [number];
      commits.record(performance.now() - started);
      if (i % 500 === 499) {
        const before = performance.now();
        await store.compact("track.bench", Y.encodeStateAsUpdate(doc), lastId);
        compactions.record(performance.now() - before);
      }
    }
    doc.destroy();
    return {
      commits: summarise(commits),
      compactions: summarise(compactions),
      largestStallMs: Math.round(Math.max(commits.maxMs, compactions.maxMs) * 100) / 100,
    };
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
