/**
 * Runs a reference server as a child process with the same probe as Fahrplan's server
 * (`node --import bench/load/server-probe.mjs <script>`), waits until it says on which port it listens,
 * and stops it again.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { probeSampler } from "../probe-client";
import type { RunningServer } from "../target";

const probeUrl = new URL("../server-probe.mjs", import.meta.url).href;

/** How long a server may take to store and exit after SIGTERM before it is killed (benchmark hygiene). */
const STOP_GRACE_MS = 15_000;

export interface ServerProcessOptions {
  /** For error messages, e.g. "y-websocket-2.1.0 (memory)". */
  label: string;
  script: string;
  env: NodeJS.ProcessEnv;
  /** A line of the server's standard output that announces the port (first capture group). */
  listeningLine: RegExp;
}

export type ServerProcess = Omit<RunningServer, "wsUrl"> & { port: number };

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", probeUrl, options.script], {
    env: options.env,
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const port = await announcedPort(child, options);
  return {
    pid: child.pid ?? -1,
    port,
    sample: probeSampler(child),
    stop: () => stopServerProcess(child),
  };
}

function announcedPort(child: ChildProcess, options: ServerProcessOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const onExit = (code: number | null, signal: string | null) =>
      reject(new Error(`${options.label} exited before listening (code ${code}, signal ${signal})`));
    child.once("exit", onExit);
    child.once("error", reject);
    // The listener stays: the server's further output must be read, or a full pipe would block it.
    lines.on("line", (line) => {
      const port = options.listeningLine.exec(line)?.[1];
      if (port === undefined) return;
      child.off("exit", onExit);
      resolve(Number(port));
    });
  });
}

async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  await exited;
  clearTimeout(killer);
}

/** A port that was free a moment ago, for servers that cannot listen on port 0 and report the port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string") throw new Error("no TCP port could be reserved");
  return address.port;
}
