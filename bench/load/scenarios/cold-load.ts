/**
 * Cold load: a document with many stored updates that no one has open; one client connects, and the time
 * until its first sync is complete is the time the server needs to load the document and answer.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ClientModule, Target } from "../target";

export interface ColdLoadResult {
  storedUpdates: number;
  compacted: boolean;
  /** One figure per fresh server start (a document is cold only once per start). */
  syncedAfterMs: number[];
  medianMs: number;
  /** What the target says differs from the set-up asked for (e.g. "updates stored merged"). */
  notes: string[];
}

export async function runColdLoad(
  target: Target,
  options: { storedUpdates: number; compacted: boolean; repetitions: number },
): Promise<ColdLoadResult> {
  const module = (await import(pathToFileURL(target.clientModule).href)) as ClientModule;
  const syncedAfterMs: number[] = [];
  const notes = new Set<string>();
  for (let i = 0; i < options.repetitions; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), "fahrplan-bench-"));
    const server = await target.start({ dataDir, documents: 1, ...options });
    for (const note of server.notes ?? []) notes.add(note);
    try {
      const [credentials] = await server.credentials(1);
      const started = performance.now();
      const client = module.connectRaw(server.wsUrl, {
        document: server.documentNames[0] as string,
        credentials: credentials ?? {},
      });
      await client.synced;
      syncedAfterMs.push(Math.round((performance.now() - started) * 100) / 100);
      client.destroy();
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const sorted = [...syncedAfterMs].sort((a, b) => a - b);
  return { ...options, syncedAfterMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, notes: [...notes] };
}
