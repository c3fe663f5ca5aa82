import { Worker } from "node:worker_threads";
import type { Logger } from "../logger";

/** How often the write-ahead log is copied back into the database file. */
const CHECKPOINT_INTERVAL_MS = 1000;

/**
 * Starts the worker thread that checkpoints the WAL (automatic checkpoints are off, see db/client.ts).
 * A PASSIVE checkpoint never waits for the server's writes, so typing is never held up by it.
 */
export function startWalCheckpointer(databasePath: string, logger: Logger): { stop(): Promise<void> } {
  const worker = new Worker(new URL("./wal-checkpoint-worker.mjs", import.meta.url), {
    workerData: { path: databasePath, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  worker.on("message", (message: { type: string; message?: string }) => {
    if (message.type === "failed") logger.warn({ reason: message.message }, "WAL checkpoint failed");
  });
  worker.on("error", (error) => logger.error({ err: error }, "WAL checkpointer stopped"));
  worker.unref();
  return {
    async stop() {
      const stopped = new Promise<void>((resolve) => {
        worker.on("message", (message: { type: string }) => message.type === "stopped" && resolve());
        worker.once("exit", () => resolve());
      });
      worker.postMessage("stop");
      await stopped;
      await worker.terminate();
    },
  };
}
