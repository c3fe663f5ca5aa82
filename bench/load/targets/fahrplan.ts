/**
 * The Fahrplan target: the real server (server/main.ts through tsx, production mode) as a child process
 * with the probe preloaded, on a SQLite file prepared for the scenario. Clients get their sessions the way
 * participants do, through POST /join with the event's join code.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { COLLAB_PATH } from "../../../shared/collab-protocol";
import { probeSampler } from "../probe-client";
import type { ClientCredentials, Target } from "../target";
import { prepareFahrplanDatabase } from "./fahrplan-database";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const JOIN_CODE = "BENCHC0DE7";

type StartedServer = Awaited<ReturnType<Target["start"]>>;
/** Joins run a few at a time, like a room of people arriving, not all at once. */
const JOIN_CONCURRENCY = 8;

/** The app's build and the compiled server, both made by `npm run build`. */
const BUILDS = [join(ROOT, "build/server/index.js"), join(ROOT, "build/node/main.js")];

/**
 * Production mode serves the build; a fresh clone has none yet, so it is built once. A build that is
 * missing only for a moment (someone rebuilding in the same tree) is waited for rather than rebuilt.
 */
async function ensureBuild(): Promise<void> {
  const built = () => BUILDS.every((file) => existsSync(file));
  for (let waited = 0; waited < 30 && !built(); waited++) await new Promise((resolve) => setTimeout(resolve, 1000));
  if (built()) return;
  console.log("  building the app once (npm run build) …");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" });
}

async function join1(baseUrl: string, index: number): Promise<ClientCredentials> {
  const response = await fetch(`${baseUrl}/join`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
    body: new URLSearchParams({ code: JOIN_CODE, displayName: `Last ${index}`, organisation: "" }),
  });
  if (response.status !== 302) throw new Error(`join failed: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  return { cookie };
}

export const fahrplanTarget: Target = {
  name: "fahrplan",
  persistsEveryUpdate: true,
  clientModule: fileURLToPath(new URL("./fahrplan-client.ts", import.meta.url)),

  async start(options) {
    const databasePath = join(options.dataDir, "fahrplan.db");
    const { documentNames } = await prepareFahrplanDatabase(databasePath, options);
    // A start can fail only because the build vanished under it (a rebuild in the same tree): try again.
    for (let attempt = 1; ; attempt++) {
      await ensureBuild();
      try {
        return await startServer(databasePath, documentNames);
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  },
};

/** Starts server/main.ts on the prepared file and waits for its "listening" line. */
async function startServer(databasePath: string, documentNames: string[]): Promise<StartedServer> {
  const child = spawn(
    process.execPath,
    // As `npm start` runs it: the compiled server, no TypeScript loader (issue #17).
    ["--enable-source-maps", "--import", "./bench/load/server-probe.mjs", "build/node/main.js"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: "0",
        DATABASE_PATH: databasePath,
        // debug adds only the "document loaded/unloaded" lines, which the join storm counts
        LOG_LEVEL: "debug",
        FAHRPLAN_JOIN_CODE: JOIN_CODE,
      },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    },
  );
  let loads = 0;
  const port = await listeningPort(child, () => loads++);
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    pid: child.pid ?? 0,
    wsUrl: `ws://127.0.0.1:${port}${COLLAB_PATH}`,
    documentNames,
    sample: probeSampler(child),
    documentLoads: () => loads,
    async credentials(count) {
      const result: ClientCredentials[] = new Array(count);
      let next = 0;
      const worker = async () => {
        while (next < count) {
          const index = next++;
          result[index] = await join1(baseUrl, index);
        }
      };
      await Promise.all(Array.from({ length: Math.min(JOIN_CONCURRENCY, count) }, worker));
      return result;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Resolves with the port from the server's "listening" log line; counts "document loaded" lines after. */
function listeningPort(child: ChildProcess, onDocumentLoaded: () => void): Promise<number> {
  const output: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  return new Promise<number>((resolve, reject) => {
    lines.on("line", (line) => {
      const entry = parseLogLine(line);
      if (!entry) return;
      if (entry.msg === "document loaded") onDocumentLoaded();
      else if (entry.msg === "Fahrplan is listening" && typeof entry.port === "number") resolve(entry.port);
      else if (typeof entry.level === "number" && entry.level >= 40) output.push(line);
    });
    child.once("exit", (code) => reject(new Error(`fahrplan server exited with ${code}:\n${output.join("")}`)));
  });
}

function parseLogLine(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}
