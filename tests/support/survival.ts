import { randomUUID } from "node:crypto";
import { expect, onTestFinished } from "vitest";
import { CollabClient } from "./collab-client";
import type { ServerProcess } from "./server-process";
import { rebuildFromDatabase } from "./stored-document";

/**
 * What "the server survived" means after an attack, in one place. The bounds are generous on purpose: on a
 * shared two-core machine the server process is sometimes not scheduled for over a second (seen at a load
 * average of 19), while a hostile frame that gets through (a decoding bomb, a quadratic merge) stalls the
 * event loop for many seconds (7.6 s for twenty struct-count bombs) and grows memory by hundreds of
 * megabytes.
 */
export const SURVIVAL_BOUNDS = {
  /** The longest the server's event loop may have been late while the attack ran. */
  maxEventLoopDelayMs: 2000,
  /** How much the server's resident memory may grow over the attack. */
  maxRssGrowthBytes: 160 * 1024 * 1024,
} as const;

/** How often the control client types while the attack runs (a fast typist). */
const CONTROL_TYPING_INTERVAL_MS = 40;

/** What GET /healthz answers (see server/http/api.ts and server/http/process-health.ts). */
export interface HealthReport {
  status: string;
  database: string;
  loadedDocuments: number;
  pendingWrites: number;
  eventLoop: { maxDelayMs: number; meanDelayMs: number };
  memory: { rssBytes: number; heapUsedBytes: number };
}

export async function readHealth(baseUrl: string): Promise<{ httpStatus: number; report: HealthReport }> {
  const response = await fetch(`${baseUrl}/healthz`);
  return { httpStatus: response.status, report: (await response.json()) as HealthReport };
}

export interface SurvivalWatchOptions {
  server: ServerProcess;
  /** A session that may write the two documents below. */
  cookie: string;
  /** A document someone keeps typing into before and during the attack; nothing of it may be lost. */
  controlDocument: string;
  /** A document nobody touches during the attack; afterwards two people must still be able to sync it. */
  otherDocument: string;
}

/**
 * Watches a server through an attack: `watchSurvival` starts it before the attack, `verify` ends it.
 * Meanwhile a bystander types into the control document. `verify` then checks that the process is alive,
 * the health check green, the event loop never stalled and memory stayed flat, everything the bystander
 * typed is in the live document and in the database, and another document still syncs.
 */
export class SurvivalWatch {
  private readonly typed: string[] = [];
  private readonly marker = randomUUID().slice(0, 8);
  private typing: NodeJS.Timeout | null = null;
  private readonly clients: CollabClient[] = [];

  private constructor(
    private readonly options: SurvivalWatchOptions,
    private readonly bystander: CollabClient,
    /** The health figures just before the attack (event-loop delay of the quiet phase, memory). */
    readonly before: HealthReport,
  ) {}

  static async start(options: SurvivalWatchOptions): Promise<SurvivalWatch> {
    const bystander = new CollabClient(options.server.url, options.controlDocument, options.cookie, "Bystander");
    await bystander.whenSynced();
    // Reading the health check starts a new measuring window for the event-loop delay.
    await readHealth(options.server.url);
    const watch = new SurvivalWatch(options, bystander, (await readHealth(options.server.url)).report);
    watch.clients.push(bystander);
    watch.typeOne();
    watch.typing = setInterval(() => watch.typeOne(), CONTROL_TYPING_INTERVAL_MS);
    // A test that fails before `verify` must not leave the bystander typing.
    onTestFinished(() => watch.dispose());
    return watch;
  }

  /** The checks every hostile-input test ends with. Stops the bystander and closes the watch's clients. */
  async verify(): Promise<void> {
    const { server } = this.options;
    try {
      if (this.typing) clearInterval(this.typing);
      this.typing = null;
      this.typeOne();
      expect(server.running, "the server process is alive").toBe(true);
      const { httpStatus, report } = await readHealth(server.url);
      expect(httpStatus, "GET /healthz").toBe(200);
      expect(report).toMatchObject({ status: "ok", database: "ok" });
      const figures = `before: ${JSON.stringify(this.before.eventLoop)}, during: ${JSON.stringify(report.eventLoop)}`;
      expect(report.eventLoop.maxDelayMs, `event-loop delay (${figures})`).toBeLessThan(
        SURVIVAL_BOUNDS.maxEventLoopDelayMs,
      );
      expect(report.memory.rssBytes - this.before.memory.rssBytes, "growth of resident memory").toBeLessThan(
        SURVIVAL_BOUNDS.maxRssGrowthBytes,
      );
      await this.expectNothingLost();
      await this.expectAnotherDocumentSyncs();
    } finally {
      this.dispose();
    }
  }

  private dispose(): void {
    if (this.typing) clearInterval(this.typing);
    this.typing = null;
    for (const client of this.clients.splice(0)) client.destroy();
  }

  private typeOne(): void {
    const token = `[${this.marker}-${this.typed.length}]`;
    this.typed.push(token);
    this.bystander.type(token);
  }

  /** Everything the bystander typed reaches a fresh reader and the database, each token exactly once. */
  private async expectNothingLost(): Promise<void> {
    const { server, controlDocument, cookie } = this.options;
    const reader = this.connect(controlDocument, cookie, "Kontrolle");
    await reader.whenSynced();
    const last = this.typed.at(-1) ?? "";
    await reader.whenDoc(() => reader.text().includes(last), "the bystander's last token reached a fresh reader");
    const stored = await rebuildFromDatabase(server.databasePath, controlDocument);
    const storedText = stored.getXmlFragment("default").toString();
    stored.destroy();
    for (const token of this.typed) {
      expect(occurrences(reader.text(), token), `${token} in the live document`).toBe(1);
      expect(occurrences(storedText, token), `${token} in the database`).toBe(1);
    }
  }

  private async expectAnotherDocumentSyncs(): Promise<void> {
    const { otherDocument, cookie } = this.options;
    const writer = this.connect(otherDocument, cookie, "Schreiberin");
    const reader = this.connect(otherDocument, cookie, "Leser");
    await Promise.all([writer.whenSynced(), reader.whenSynced()]);
    const token = `[${this.marker}-anderes-Dokument]`;
    writer.type(token);
    await reader.whenDoc(() => reader.text().includes(token), "another document still syncs");
  }

  private connect(documentName: string, cookie: string, name: string): CollabClient {
    const client = new CollabClient(this.options.server.url, documentName, cookie, name);
    this.clients.push(client);
    return client;
  }
}

export function watchSurvival(options: SurvivalWatchOptions): Promise<SurvivalWatch> {
  return SurvivalWatch.start(options);
}

function occurrences(text: string, token: string): number {
  return text.split(token).length - 1;
}
