/**
 * The reference servers live in bench/reference, a package of its own with its own lockfile, so that the
 * app's `npm ci` never builds sqlite3 or leveldown. They are installed the first time a benchmark needs
 * them, and loaded from there by path (the app's TypeScript never imports them, so typechecking works
 * without them).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const referenceDir = fileURLToPath(new URL("../../reference/", import.meta.url));

/** npm writes this file last, so its presence means a complete install, not an interrupted one. */
const installedMarker = join(referenceDir, "node_modules", ".package-lock.json");

/**
 * Held while one process installs (a directory: creating it is atomic). Benchmark runs in parallel would
 * otherwise each start `npm ci`, which deletes node_modules under the other's compiler.
 */
const installLock = join(referenceDir, ".install-lock");

let installing: Promise<void> | null = null;

/** Installs bench/reference from its lockfile unless that has been done; concurrent callers share one run. */
export function ensureReferenceInstalled(): Promise<void> {
  if (existsSync(installedMarker)) return Promise.resolve();
  installing ??= installOnce().finally(() => {
    installing = null;
  });
  return installing;
}

async function installOnce(): Promise<void> {
  while (!tryLock()) await lockReleased();
  try {
    if (!existsSync(installedMarker)) await installReference();
  } finally {
    rmSync(installLock, { recursive: true, force: true });
  }
}

function tryLock(): boolean {
  try {
    mkdirSync(installLock);
    writeFileSync(join(installLock, "pid"), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // A lock whose process has died (killed mid-install) is stale: take it over.
    if (!holderAlive()) {
      rmSync(installLock, { recursive: true, force: true });
      return tryLock();
    }
    return false;
  }
}

function holderAlive(): boolean {
  try {
    process.kill(Number(readFileSync(join(installLock, "pid"), "utf8")), 0);
    return true;
  } catch {
    // No pid file yet means the holder is between mkdir and writing it: alive.
    return !existsSync(join(installLock, "pid")) && existsSync(installLock);
  }
}

/** Resolves when something changes in bench/reference (the lock going away is such a change). */
function lockReleased(): Promise<void> {
  console.log("Another process is installing bench/reference; waiting for it …");
  return new Promise((resolve) => {
    const watcher = watch(referenceDir, () => {
      if (existsSync(installLock)) return;
      watcher.close();
      resolve();
    });
    // The lock may have gone between the failed attempt and the watch.
    if (!existsSync(installLock)) {
      watcher.close();
      resolve();
    }
  });
}

async function installReference(): Promise<void> {
  console.log("Installing the reference servers into bench/reference (once; sqlite3 compiles, about 1-2 min) …");
  const started = performance.now();
  // --legacy-peer-deps: take yjs and y-protocols from the app (see bench/reference/.npmrc, which npm
  // only reads when run inside that folder).
  const args = ["ci", "--prefix", referenceDir, "--legacy-peer-deps", "--no-audit", "--no-fund"];
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn("npm", args, { stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (exitCode !== 0) throw new Error(`npm ci in bench/reference failed (exit code ${exitCode}).`);
  console.log(`… reference servers installed in ${Math.round((performance.now() - started) / 1000)} s.`);
}

/** One of bench/reference's entry modules (ES modules, so that yjs stays the app's one instance). */
export type ReferenceEntry = "client-side.mjs" | "hocuspocus-server.mjs" | "stores.mjs";

export async function importReference(entry: ReferenceEntry): Promise<unknown> {
  if (!existsSync(installedMarker)) {
    throw new Error("bench/reference is not installed: call ensureReferenceInstalled() first.");
  }
  return import(pathToFileURL(join(referenceDir, entry)).href);
}

/** Absolute path of a file inside the installed reference packages, e.g. y-websocket's bundled server. */
export function referencePath(...segments: string[]): string {
  return join(referenceDir, "node_modules", ...segments);
}
