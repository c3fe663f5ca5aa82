/**
 * @hocuspocus/server@3.4.4 as a user would start it: in memory, or with @hocuspocus/extension-sqlite
 * (one SQLite file in the data directory). Stock configuration: no authentication, stores debounced
 * (2 s, at most 10 s) and never before relaying.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import * as Y from "yjs";
import { ScenarioNotApplicable, type Target } from "../target";
import { ensureReferenceInstalled, importReference } from "./reference-install";
import { startServerProcess } from "./reference-server-process";
import { storedDocumentName, typedDocument } from "./stored-updates";

const clientModule = fileURLToPath(new URL("./client-hocuspocus.ts", import.meta.url));
const launcher = fileURLToPath(new URL("./hocuspocus-server.mjs", import.meta.url));

type Storage = "memory" | "sqlite";

function hocuspocusTarget(storage: Storage): Target {
  const name = `hocuspocus-3.4.4 (${storage === "memory" ? "memory" : "SQLite"})`;
  return {
    name,
    persistsEveryUpdate: false,
    clientModule,
    async start({ dataDir, documents, storedUpdates = 0, compacted = false }) {
      if (storage === "memory" && storedUpdates > 0) {
        throw new ScenarioNotApplicable(
          `${name} keeps documents in memory only and cannot start with stored updates: not applicable`,
        );
      }
      await ensureReferenceInstalled();
      const documentNames = Array.from({ length: documents }, (_, index) =>
        storedUpdates > 0 ? storedDocumentName(index) : `bench-${index + 1}`,
      );
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.HOCUSPOCUS_SQLITE;
      const notes: string[] = [];
      if (storage === "sqlite") {
        env.HOCUSPOCUS_SQLITE = join(dataDir, "hocuspocus.sqlite");
        if (storedUpdates > 0) await storeDocuments(env.HOCUSPOCUS_SQLITE, documentNames, storedUpdates);
        if (storedUpdates > 0 && !compacted) {
          notes.push(
            "the SQLite extension stores one merged state per document: the updates were stored merged, so 'before compaction' does not apply",
          );
        }
      }
      const server = await startServerProcess({
        label: name,
        script: launcher,
        env,
        listeningLine: /^listening on port (\d+)$/,
      });
      return {
        ...server,
        wsUrl: `ws://127.0.0.1:${server.port}`,
        documentNames,
        // Without an onAuthenticate hook the server accepts any token: clients need no credentials.
        credentials: async (count) => Array.from({ length: count }, () => ({})),
        notes: notes.length > 0 ? notes : undefined,
      };
    },
  };
}

/**
 * Writes the documents into the extension's own table, as its `store` hook does: one row per document
 * holding Y.encodeStateAsUpdate of the whole document.
 */
async function storeDocuments(file: string, names: string[], count: number) {
  const { hocuspocusSqliteSchema, hocuspocusSqliteUpsert } = (await importReference("stores.mjs")) as {
    hocuspocusSqliteSchema: string;
    hocuspocusSqliteUpsert: string;
  };
  const doc = new Y.Doc();
  for (const update of typedDocument(count).updates) Y.applyUpdate(doc, update);
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  doc.destroy();
  const sqlite = new Database(file);
  try {
    sqlite.exec(hocuspocusSqliteSchema);
    const upsert = sqlite.prepare(hocuspocusSqliteUpsert);
    for (const documentName of names) upsert.run({ name: documentName, data: state });
  } finally {
    sqlite.close();
  }
}

export const hocuspocusMemory = hocuspocusTarget("memory");
export const hocuspocusSqlite = hocuspocusTarget("sqlite");
