/**
 * `npm run backup -- --out FILE`: a consistent copy of the database while the app runs.
 *
 * `VACUUM INTO` reads the database inside one read transaction, so the copy is one committed state even
 * while participants type (WAL: the server keeps writing meanwhile, nothing waits). The copy is a single
 * self-contained file without a WAL, checked with `PRAGMA integrity_check` before we call it a backup.
 * Restoring is: stop the server, put the file in place of DATABASE_PATH (removing its -wal and -shm
 * files), start the server (README, "Backup and restore").
 */
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { InvalidEnvError, parseEnv } from "../server/env";

const USAGE = "npm run backup -- --out FILE";

function main(): number {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  if (!values.out) {
    console.error(`Aufruf (usage): ${USAGE}`);
    return 2;
  }
  const env = parseEnv(process.env);
  const source = resolve(env.DATABASE_PATH);
  const target = resolve(values.out);
  if (!existsSync(source)) {
    console.error(`Keine Datenbank unter ${source} (DATABASE_PATH).`);
    return 1;
  }
  if (existsSync(target)) {
    console.error(`${target} gibt es schon; eine Sicherung überschreibt nie eine Datei (file exists).`);
    return 1;
  }
  if (!existsSync(dirname(target))) {
    console.error(`Den Ordner ${dirname(target)} gibt es nicht (no such folder).`);
    return 1;
  }
  // Written under a temporary name and renamed at the end, so that a file named FILE is always complete.
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const database = new Database(source, { fileMustExist: true });
  try {
    // The server holds the write lock only for a commit at a time; wait for it rather than fail.
    database.pragma("busy_timeout = 10000");
    database.prepare("VACUUM INTO ?").run(partial);
  } finally {
    database.close();
  }
  const copy = new Database(partial, { readonly: true });
  const integrity = copy.pragma("integrity_check", { simple: true });
  copy.close();
  if (integrity !== "ok") {
    rmSync(partial, { force: true });
    console.error(`Die Sicherung ist nicht in Ordnung (integrity_check: ${String(integrity)}).`);
    return 1;
  }
  renameSync(partial, target);
  console.log(`Sicherung geschrieben (backup written): ${target}, ${statSync(target).size} Bytes`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof InvalidEnvError ? error.message : `Sicherung fehlgeschlagen: ${String(error)}`);
  process.exitCode = 1;
}
