// Runs SQLite WAL checkpoints on a connection of its own, in a worker thread, so that copying the
// write-ahead log into the database file (and its fsync) never stalls the server's event loop. Plain
// JavaScript because a worker thread is started outside any TypeScript loader (in tests as in production).
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.path);
db.pragma("busy_timeout = 5000");

function checkpoint(mode) {
  try {
    const [result] = db.pragma(`wal_checkpoint(${mode})`);
    parentPort.postMessage({ type: "checkpointed", mode, result });
  } catch (error) {
    parentPort.postMessage({ type: "failed", mode, message: String(error) });
  }
}

const timer = setInterval(() => checkpoint("PASSIVE"), workerData.intervalMs);

parentPort.on("message", (message) => {
  if (message === "stop") {
    clearInterval(timer);
    checkpoint("TRUNCATE");
    db.close();
    parentPort.postMessage({ type: "stopped" });
  }
});
