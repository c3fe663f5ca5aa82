/**
 * Export benchmark (issue #6): how long a PDF export of 60 and 300 entries takes and how much memory it
 * needs, and what a running export does to collaboration latency – measured against the same
 * collaboration load without an export, in the same run. Not a test: figures, never thresholds.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { startAppServer } from "../server/app-server";
import { parseEnv } from "../server/env";
import { ExportRunner } from "../server/export/export-runner";
import { createLogger } from "../server/logger";
import { COLLAB_PATH } from "../shared/collab-protocol";
import { exportFixture } from "../tests/support/export-fixture";
import { joinEvent, TEST_JOIN_CODE } from "../tests/support/http-session";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface ExportTiming {
  entries: number;
  ms: number;
  maxRssMb: number;
  bytes: number;
}

/** One PDF render in a fresh process, so that its memory peak is its own. */
function timeRender(entries: number): ExportTiming {
  const script = `
    import { render } from "./server/export/render.ts";
    import { exportFixture } from "./tests/support/export-fixture.ts";
    const input = exportFixture(${entries});
    await render("pdf", input, () => {}); // warm up fonts and code
    const start = performance.now();
    const file = await render("pdf", input, () => {});
    const ms = performance.now() - start;
    console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes: file.length }));`;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return { entries, ...(JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Omit<ExportTiming, "entries">) };
}

export interface LatencySample {
  label: string;
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

function summarise(label: string, latencies: number[]): LatencySample {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { label, samples: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

/** Two clients on one track: one types a marked keystroke every 50 ms, the other records when each arrives. */
async function measureLatency(url: string, documentName: string, cookie: string, seconds: number): Promise<number[]> {
  const headers = { Cookie: cookie, Origin: url };
  class BenchSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const connect = () => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`${url.replace("http", "ws")}${COLLAB_PATH}`, documentName, doc, {
      WebSocketPolyfill: BenchSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    return { doc, provider };
  };
  const writer = connect();
  const reader = connect();
  await Promise.all([writer, reader].map(({ provider }) => new Promise((resolve) => provider.once("sync", resolve))));
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  const text = reader.doc.getText("bench");
  text.observe((event) => {
    for (const op of event.delta) {
      if (typeof op.insert !== "string") continue;
      for (const match of op.insert.matchAll(/<(\d+)>/g)) {
        const sent = sentAt.get(Number(match[1]));
        if (sent !== undefined) latencies.push(performance.now() - sent);
      }
    }
  });
  let n = 0;
  const timer = setInterval(() => {
    sentAt.set(n, performance.now());
    writer.doc.getText("bench").insert(0, `<${n++}>`);
  }, 50);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  clearInterval(timer);
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const { provider, doc } of [writer, reader]) {
    provider.destroy();
    doc.destroy();
  }
  return latencies;
}

export async function runExportBench(): Promise<{ timings: ExportTiming[]; latency: LatencySample[] }> {
  const timings = [timeRender(60), timeRender(300)];

  const dir = mkdtempSync(join(tmpdir(), "fahrplan-bench-"));
  const env = parseEnv({
    NODE_ENV: "production",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_PATH: join(dir, "bench.db"),
    FAHRPLAN_JOIN_CODE: TEST_JOIN_CODE,
    LOG_LEVEL: "silent",
  });
  const server = await startAppServer(env, createLogger("silent"));
  try {
    const cookie = await joinEvent(server.url, "Benchmark");
    const tracks = (await (await fetch(`${server.url}/api/tracks`, { headers: { Cookie: cookie } })).json()) as {
      tracks: { documentName: string }[];
    };
    const documentName = tracks.tracks[0]?.documentName ?? "";
    const quiet = await measureLatency(server.url, documentName, cookie, 5);
    // The same load while PDF exports of 300 entries run back to back in the server's export workers.
    const runner = new ExportRunner();
    let exporting = true;
    const exports = (async () => {
      while (exporting) await runner.run("pdf", exportFixture(300));
    })();
    const busy = await measureLatency(server.url, documentName, cookie, 5);
    exporting = false;
    await exports;
    return {
      timings,
      latency: [summarise("without export (reference)", quiet), summarise("during PDF exports of 300 entries", busy)],
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
