/**
 * Join storm: clients join one cold document holding many stored updates, all within one second (seeded
 * join times), as a room does when the moderator says "open the link now". The document must be loaded
 * once, and every client synced soon after it joined.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GeneratorPool } from "../generator-pool";
import { LatencyHistogram, type LatencySummary, summarise } from "../histogram";
import { seededRandom } from "../schedule";
import type { Target } from "../target";

export interface JoinStormResult {
  clients: number;
  storedUpdates: number;
  failed: number;
  firstError: string | null;
  /** From each client's scheduled join to its completed first sync. */
  joinToSynced: LatencySummary;
  /** From the first scheduled join to the last completed sync. */
  allSyncedAfterMs: number;
  /** How often the server loaded the document from storage (null when the target cannot tell). */
  documentLoads: number | null;
  /** What the target says differs from the set-up asked for. */
  notes: string[];
}

export async function runJoinStorm(
  target: Target,
  options: { clients: number; storedUpdates: number; seed: number; generators: number },
): Promise<JoinStormResult> {
  const dataDir = mkdtempSync(join(tmpdir(), "fahrplan-bench-"));
  const server = await target.start({ dataDir, documents: 1, storedUpdates: options.storedUpdates });
  const pool = GeneratorPool.start(options.generators);
  try {
    const credentials = await server.credentials(options.clients);
    const document = server.documentNames[0] as string;
    const clients = credentials.map((credential, index) => ({
      index,
      document,
      credentials: credential,
      writer: false,
    }));
    const random = seededRandom(options.seed);
    const offsetsMs = clients.map(() => random() * 1000);
    const startAt = performance.timeOrigin + performance.now() + 500;
    const joined = await pool.join(target.clientModule, server.wsUrl, clients, startAt, offsetsMs);
    const histogram = new LatencyHistogram();
    for (const ms of joined.syncedAfterMs) histogram.record(ms);
    return {
      clients: options.clients,
      storedUpdates: options.storedUpdates,
      failed: joined.failed,
      firstError: joined.firstError,
      joinToSynced: summarise(histogram),
      allSyncedAfterMs: Math.round((joined.lastSyncedAt - (startAt + Math.min(...offsetsMs))) * 100) / 100,
      documentLoads: server.documentLoads?.() ?? null,
      notes: server.notes ?? [],
    };
  } finally {
    await pool.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
