import Database from "better-sqlite3";
import { onTestFailed, onTestFinished } from "vitest";
import { CollabClient } from "./collab-client";
import { joinEvent } from "./http-session";
import { ServerProcess } from "./server-process";
import { tempDir } from "./temp-dir";
import { type ApiTrack, fetchTracks } from "./test-server";

/**
 * The server as a child process with a database of its own, a participant's session and two tracks, for
 * the fault-injection tests. Everything (clients, the process, the directory) is cleaned up after the test.
 */
export async function startFaultServer(env: Record<string, string> = {}) {
  const dir = tempDir("fahrplan-faults-");
  const databasePath = dir.file("fahrplan.db");
  const server = new ServerProcess(databasePath, env);
  const clients: CollabClient[] = [];
  /** Why each client's connections closed, and the server's warnings: printed when the test fails. */
  const closes: string[] = [];
  onTestFailed(() => {
    const warnings = server.output.filter((line) => /"level":(40|50|60)|refused/.test(line)).slice(-20);
    console.error(`connections closed: ${closes.join(", ")}\nserver warnings:\n${warnings.join("\n")}`);
  });
  onTestFinished(async () => {
    for (const client of clients) client.destroy();
    await server.stop("SIGKILL").catch(() => null);
    dir.remove();
  });
  await server.start(0);
  const cookie = await joinEvent(server.url, "Testperson");
  const [trackA, trackB] = await fetchTracks(server.url, cookie);
  if (!trackA || !trackB) throw new Error("the seeded congress has fewer than two tracks");
  /** A stock y-websocket client on track A (or another), directly or through a proxy at `viaUrl`. */
  const connect = (name: string, options: { track?: ApiTrack; viaUrl?: string } = {}) => {
    const client = new CollabClient(options.viaUrl ?? server.url, (options.track ?? trackA).documentName, cookie, name);
    clients.push(client);
    client.provider.on("connection-close", (event) => closes.push(`${name} ${event?.code}`));
    return client;
  };
  return { server, dir, databasePath, cookie, trackA, trackB, connect };
}

/** `PRAGMA integrity_check` of the database file, as a fresh process would see it after a crash. */
export function integrityCheck(databasePath: string): string {
  const sqlite = new Database(databasePath);
  try {
    return (sqlite.pragma("integrity_check", { simple: true }) as string) ?? "no answer";
  } finally {
    sqlite.close();
  }
}

/** Copies the database into `targetPath` with `VACUUM INTO`, as a backup job would (consistent, online). */
export function backUpDatabase(databasePath: string, targetPath: string): void {
  const sqlite = new Database(databasePath);
  try {
    sqlite.prepare("vacuum into ?").run(targetPath);
  } finally {
    sqlite.close();
  }
}

export interface Health {
  status: string;
  storage?: string;
  loadedDocuments: number;
}

export async function health(baseUrl: string): Promise<{ httpStatus: number; body: Health }> {
  const response = await fetch(`${baseUrl}/healthz`);
  return { httpStatus: response.status, body: (await response.json()) as Health };
}
