/**
 * One typing run against one target: start the server with `documents` documents, connect the clients
 * in the generator processes, type on the seeded open-loop schedule, wait until every marker arrived (or
 * a drain limit passed), and collect latency, deliveries, message rates and server figures.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GeneratorPool } from "../generator-pool";
import type { ClientAssignment } from "../generator-protocol";
import { LatencyHistogram, type LatencySummary, summarise } from "../histogram";
import { type ServerFigures, sampleWhile } from "../server-samples";
import type { Target } from "../target";

/** A generator busier than this was (close to) the bottleneck: the run is marked invalid. */
const SATURATED_UTILISATION = 0.9;
const DRAIN_LIMIT_MS = 10_000;
/** Time between the "type" message and the first scheduled keystroke, so that every process is ready. */
const LEAD_TIME_MS = 500;

export interface TypingLoad {
  documents: number;
  clientsPerDocument: number;
  /** How many of all clients type; spread evenly over the documents (the others only watch). */
  writers: number;
  durationMs: number;
  keysPerSecond: number;
  cursors: boolean;
  seed: number;
  generators: number;
}

export interface TypingResult {
  valid: boolean;
  invalidBecause: string[];
  latency: LatencySummary;
  deliveriesExpected: number;
  deliveriesObserved: number;
  lost: number;
  duplicates: number;
  messagesInPerSecond: number;
  messagesOutPerSecond: number;
  server: ServerFigures;
  generatorUtilisation: number[];
  closedByServer: Record<string, number>;
}

export async function runTyping(target: Target, load: TypingLoad): Promise<TypingResult> {
  const dataDir = mkdtempSync(join(tmpdir(), "fahrplan-bench-"));
  const server = await target.start({ dataDir, documents: load.documents });
  const pool = GeneratorPool.start(load.generators);
  try {
    const total = load.documents * load.clientsPerDocument;
    const credentials = await server.credentials(total);
    const clients: ClientAssignment[] = credentials.map((credential, index) => ({
      index,
      document: server.documentNames[index % load.documents] as string,
      credentials: credential,
      // Clients are dealt to documents in turn, so the first `writers` of them spread evenly.
      writer: index < load.writers,
    }));
    const connected = await pool.connect(target.clientModule, server.wsUrl, clients);
    const startAt = performance.timeOrigin + performance.now() + LEAD_TIME_MS;
    const schedule = { seed: load.seed, keysPerSecond: load.keysPerSecond };
    const [sent, serverFigures] = await sampleWhile(
      server,
      pool.type({ startAt, durationMs: load.durationMs, schedule, cursors: load.cursors }),
    );
    // Each marker should reach every other connected client of its document.
    const members = load.clientsPerDocument;
    const expected = Object.values(sent).reduce((sum, count) => sum + count * (members - 1), 0);
    await pool.drain(expected, DRAIN_LIMIT_MS);
    const reports = await pool.reports();
    const histogram = new LatencyHistogram();
    for (const report of reports) histogram.addSparse(report.latency, report.latencyMaxMs);
    const sum = (pick: (report: (typeof reports)[number]) => number) =>
      reports.reduce((total, report) => total + pick(report), 0);
    const observed = sum((report) => report.observed);
    const seconds = load.durationMs / 1000;
    const utilisation = reports.map((report) => Math.round(report.eventLoopUtilisation * 100) / 100);
    const closedByServer: Record<string, number> = {};
    for (const report of reports) {
      for (const [code, count] of Object.entries(report.closes))
        closedByServer[code] = (closedByServer[code] ?? 0) + count;
    }
    const invalidBecause = [
      ...(connected.failed > 0 ? [`${connected.failed} clients could not connect (${connected.firstError})`] : []),
      ...(utilisation.some((value) => value > SATURATED_UTILISATION)
        ? [`a generator was saturated (${utilisation.join(", ")})`]
        : []),
    ];
    return {
      valid: invalidBecause.length === 0,
      invalidBecause,
      latency: summarise(histogram),
      deliveriesExpected: expected,
      deliveriesObserved: observed,
      lost: Math.max(0, expected - observed),
      duplicates: sum((report) => report.duplicates),
      messagesInPerSecond: Math.round(sum((report) => report.framesSent) / seconds),
      messagesOutPerSecond: Math.round(sum((report) => report.framesReceived) / seconds),
      server: serverFigures,
      generatorUtilisation: utilisation,
      closedByServer,
    };
  } finally {
    await pool.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
