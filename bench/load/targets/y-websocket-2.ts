/**
 * The server bundled with y-websocket@2.1.0 (`bin/server.cjs`, run unchanged), as a user would start it:
 * in memory, or with its LevelDB persistence (`YPERSISTENCE=<dir>`, y-leveldb). It is the baseline of
 * the load benchmark: no authentication, no storage before relaying.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ScenarioNotApplicable, type Target } from "../target";
import { ensureReferenceInstalled, importReference, referencePath } from "./reference-install";
import { freePort, startServerProcess } from "./reference-server-process";
import { storedDocumentName, typedDocument } from "./stored-updates";

const clientModule = fileURLToPath(new URL("./client-y-websocket-2.ts", import.meta.url));

type Storage = "memory" | "leveldb";

interface LeveldbPersistence {
  storeUpdate(documentName: string, update: Uint8Array): Promise<unknown>;
  flushDocument(documentName: string): Promise<unknown>;
  destroy(): Promise<unknown>;
}

function yWebsocketTarget(storage: Storage): Target {
  const name = `y-websocket-2.1.0 (${storage === "memory" ? "memory" : "LevelDB"})`;
  return {
    name,
    // Both variants relay an update before (or without) writing it: y-leveldb stores asynchronously.
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
      const port = await freePort();
      // The bundled server reads its whole configuration from the environment.
      const env: NodeJS.ProcessEnv = { ...process.env, HOST: "127.0.0.1", PORT: String(port) };
      delete env.YPERSISTENCE;
      if (storage === "leveldb") {
        env.YPERSISTENCE = join(dataDir, "leveldb");
        if (storedUpdates > 0) await storeDocuments(env.YPERSISTENCE, documentNames, storedUpdates, compacted);
      }
      const server = await startServerProcess({
        label: name,
        script: referencePath("y-websocket", "bin", "server.cjs"),
        env,
        listeningLine: /^running at '.*' on port (\d+)$/,
      });
      const notes: string[] = [];
      if (storedUpdates > 0) {
        notes.push(
          "the server answers the first sync before loading from LevelDB: synced counts from the content's arrival",
        );
      }
      if (storedUpdates > 500 && !compacted) {
        notes.push("y-leveldb merges a document's stored updates while loading it once there are more than 500");
      }
      return {
        ...server,
        wsUrl: `ws://127.0.0.1:${server.port}`,
        documentNames,
        // The bundled server lets everyone in: clients need no credentials.
        credentials: async (count) => Array.from({ length: count }, () => ({})),
        notes: notes.length > 0 ? notes : undefined,
      };
    },
  };
}

/** Writes the documents the way the server's persistence does (one LevelDB entry per update). */
async function storeDocuments(directory: string, names: string[], count: number, compacted: boolean) {
  const { LeveldbPersistence } = (await importReference("stores.mjs")) as {
    LeveldbPersistence: new (location: string) => LeveldbPersistence;
  };
  const { updates } = typedDocument(count);
  const persistence = new LeveldbPersistence(directory);
  try {
    for (const name of names) {
      for (const update of updates) await persistence.storeUpdate(name, update);
      if (compacted) await persistence.flushDocument(name);
    }
  } finally {
    // Releases LevelDB's lock on the directory, which the server is about to open.
    await persistence.destroy();
  }
}

export const yWebsocketMemory = yWebsocketTarget("memory");
export const yWebsocketLeveldb = yWebsocketTarget("leveldb");
