import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { CollabClient } from "../support/collab-client";
import { joinEvent } from "../support/http-session";
import { ServerProcess } from "../support/server-process";
import { tempDir } from "../support/temp-dir";
import { fetchTracks } from "../support/test-server";

const run = promisify(execFile);
const cleanUps: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

/** Runs `npm run backup -- --out FILE` as an operator would, against the database of a running server. */
function backup(databasePath: string, out: string) {
  return run(process.execPath, ["build/node/backup.js", "--out", out], {
    env: { ...process.env, DATABASE_PATH: databasePath },
  });
}

async function startServer(databasePath: string) {
  const server = new ServerProcess(databasePath);
  await server.start(0);
  cleanUps.push(() => server.stop("SIGKILL"));
  return server;
}

describe("npm run backup", () => {
  it("copies the database consistently while participants type, and a server started on the copy serves it", async () => {
    const dir = tempDir();
    cleanUps.push(() => dir.remove());
    const server = await startServer(dir.file("fahrplan.db"));
    const cookie = await joinEvent(server.url, "Testperson");
    const [track] = await fetchTracks(server.url, cookie);
    if (!track) throw new Error("no track seeded");
    const typist = new CollabClient(server.url, track.documentName, cookie, "Anna");
    const watcher = new CollabClient(server.url, track.documentName, cookie, "Beobachter");
    cleanUps.push(() => {
      typist.destroy();
      watcher.destroy();
    });
    await Promise.all([typist.whenSynced(), watcher.whenSynced()]);

    let typed = 0;
    const typing = setInterval(() => typist.type(`<T${typed++}>`), 3);
    cleanUps.push(() => clearInterval(typing));
    // The watcher receives an update only after the server committed it: whatever it holds now is stored.
    await watcher.whenDoc(() => watcher.text().includes("<T50>"), "typing reached the watcher");
    const seenBeforeBackup = watcher.text();

    const file = dir.file("sicherung.db");
    const { stdout } = await backup(server.databasePath, file);
    clearInterval(typing);
    expect(stdout).toContain("Sicherung geschrieben");

    const copy = new Database(file, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    // One self-contained file: the copy is not in WAL mode and needs no -wal file to be complete.
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    copy.close();

    const restored = await startServer(file);
    const reader = new CollabClient(restored.url, track.documentName, await joinEvent(restored.url, "Leserin"));
    cleanUps.push(() => reader.destroy());
    await reader.whenSynced();
    for (const token of seenBeforeBackup.match(/<T\d+>/g) ?? []) expect(reader.text()).toContain(token);
  });

  it("never overwrites an existing file, and says so", async () => {
    const dir = tempDir();
    cleanUps.push(() => dir.remove());
    const server = await startServer(dir.file("fahrplan.db"));
    const file = dir.file("vorhanden.db");
    writeFileSync(file, "nicht überschreiben");
    const failure = await backup(server.databasePath, file).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("gibt es schon");
    expect(existsSync(`${file}.partial`)).toBe(false);
  });
});
