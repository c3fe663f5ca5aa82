import { Worker } from "node:worker_threads";
import type { ExportFormat, ExportInput } from "./export-input";

export class ExportTimeoutError extends Error {}
export class ExportBusyError extends Error {}

/**
 * Set by the production build (scripts/build-server.mjs) to the worker's compiled bundle; undefined when the
 * TypeScript runs as it is (development, tests), where export-worker.mjs registers tsx for the worker.
 */
declare const COMPILED_EXPORT_WORKER: string | undefined;
const WORKER =
  typeof COMPILED_EXPORT_WORKER === "string"
    ? new URL(COMPILED_EXPORT_WORKER, import.meta.url)
    : new URL("./export-worker.mjs", import.meta.url);

export interface ExportRunnerOptions {
  /** Exports rendering at the same time; more wait in a queue. */
  maxConcurrent?: number;
  /** Exports waiting; beyond that new ones are refused (ExportBusyError). */
  maxQueued?: number;
  /** An export taking longer is stopped (its worker terminated). */
  timeoutMs?: number;
}

/**
 * Runs exports off the main event loop, each in its own worker thread, with a time limit and a limit on how
 * many run at once. Under the compiled production server the worker is the compiled bundle; elsewhere it
 * registers tsx itself (export-worker.mjs), so that it works the same under the tests.
 */
export class ExportRunner {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  private readonly maxConcurrent: number;
  private readonly maxQueued: number;
  private readonly timeoutMs: number;

  constructor(options: ExportRunnerOptions = {}) {
    this.maxConcurrent = options.maxConcurrent ?? 2;
    this.maxQueued = options.maxQueued ?? 20;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  async run(
    format: ExportFormat,
    input: ExportInput,
    onProgress: (fraction: number) => void = () => {},
  ): Promise<Buffer> {
    await this.slot();
    try {
      return await this.inWorker(format, input, onProgress);
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }

  private slot(): Promise<void> {
    if (this.running < this.maxConcurrent) {
      this.running++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.maxQueued) return Promise.reject(new ExportBusyError("too many exports"));
    return new Promise((resolve) =>
      this.queue.push(() => {
        this.running++;
        resolve();
      }),
    );
  }

  private inWorker(format: ExportFormat, input: ExportInput, onProgress: (fraction: number) => void): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER, {
        workerData: { format, input },
      });
      const timeout = setTimeout(() => {
        void worker.terminate();
        reject(new ExportTimeoutError(`export took longer than ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      worker.on("message", (message: { type: string; fraction?: number; file?: Uint8Array; message?: string }) => {
        if (message.type === "progress") onProgress(message.fraction ?? 0);
        if (message.type === "done" && message.file) resolve(Buffer.from(message.file));
        if (message.type === "failed") reject(new Error(message.message));
      });
      worker.on("error", reject);
      worker.on("exit", () => clearTimeout(timeout));
    });
  }
}
