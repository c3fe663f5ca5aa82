/**
 * Prepares the SQLite file a Fahrplan server under test starts on, with the project's own db/ and
 * persistence modules: the seeded congress, as many extra tracks as a scenario needs documents, and (for
 * the cold-load scenarios) a stored update log of the requested length, optionally compacted.
 */
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq } from "drizzle-orm";
import * as Y from "yjs";
import { openDatabase } from "../../../db/client";
import { events, tracks } from "../../../db/schema";
import { congress2018 } from "../../../db/seed/congress-2018";
import { seedCongress } from "../../../db/seed/seed";
import { createTrackStructure, TRACK_FRAGMENT } from "../../../server/collab/track-structure";
import { SqliteDocumentStore } from "../../../server/persistence/sqlite-document-store";
import { trackDocumentName } from "../../../shared/document-name";

export interface PreparedDatabase {
  documentNames: string[];
}

interface PrepareOptions {
  documents: number;
  storedUpdates?: number;
  compacted?: boolean;
}

/** Prepared files by their options: a cold-load run starts many servers on the same 100k-update file. */
const templates = new Map<string, { file: string; prepared: PreparedDatabase }>();
let templateDir: string | null = null;

export async function prepareFahrplanDatabase(path: string, options: PrepareOptions): Promise<PreparedDatabase> {
  const key = JSON.stringify([options.documents, options.storedUpdates ?? 0, options.compacted ?? false]);
  let template = templates.get(key);
  if (!template) {
    if (!templateDir) {
      const dir = mkdtempSync(join(tmpdir(), "fahrplan-bench-templates-"));
      process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
      templateDir = dir;
    }
    const file = join(templateDir, `${templates.size}.db`);
    template = { file, prepared: await prepareFile(file, options) };
    templates.set(key, template);
  }
  // Closing the only connection checkpoints the WAL into the file, so the one file is the whole database.
  copyFileSync(template.file, path);
  return template.prepared;
}

async function prepareFile(path: string, options: PrepareOptions): Promise<PreparedDatabase> {
  const db = openDatabase(path);
  try {
    seedCongress(db);
    const event = db.select().from(events).where(eq(events.slug, congress2018.slug)).get();
    if (!event) throw new Error("the seeded congress is missing");
    const existing = db.select().from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position)).all();
    for (let position = existing.length + 1; position <= options.documents; position++) {
      db.insert(tracks)
        .values({
          id: randomUUID(),
          eventId: event.id,
          slug: `last-${position}`,
          position,
          title: `Last ${position}`,
          subtopics: [],
        })
        .run();
    }
    const all = db.select().from(tracks).where(eq(tracks.eventId, event.id)).orderBy(asc(tracks.position)).all();
    const documentNames = all.slice(0, options.documents).map((track) => trackDocumentName(track.id));
    if (options.storedUpdates) {
      const store = new SqliteDocumentStore(db);
      for (const name of documentNames)
        await storeTypingLog(store, name, options.storedUpdates, options.compacted ?? false);
    }
    return { documentNames };
  } finally {
    db.$client.close();
  }
}

/**
 * Stores `count` updates as the server would have stored them from one participant typing: the track
 * structure first, then one keystroke per update. All in one batch, so one transaction (this is set-up, not the figure).
 */
async function storeTypingLog(
  store: SqliteDocumentStore,
  name: string,
  count: number,
  compacted: boolean,
): Promise<void> {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  doc.transact(() => createTrackStructure(doc));
  const paragraph = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  doc.transact(() => {
    paragraph.insert(0, [text]);
    doc.getXmlFragment(TRACK_FRAGMENT).push([paragraph]);
  });
  const words = "Problemfeld Medienbruch bei der elektronischen Akte ";
  while (updates.length < count) text.insert(text.length, words[text.length % words.length] as string);
  const ids = await store.appendAll(updates.map((update) => ({ documentName: name, update })));
  if (compacted) await store.compact(name, Y.encodeStateAsUpdate(doc), ids.at(-1) ?? 0);
  doc.destroy();
}
