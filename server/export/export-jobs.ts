import { randomUUID } from "node:crypto";
import type { Logger } from "../logger";
import { EXPORT_MEDIA_TYPES, type ExportFormat, type ExportInput } from "./export-input";
import { ExportBusyError, type ExportRunner, ExportTimeoutError } from "./export-runner";

export interface ExportJob {
  id: string;
  /** Only whoever started the job may read it (a draft must not leak through a guessed id). */
  owner: string;
  format: ExportFormat;
  fileName: string;
  status: "running" | "done" | "failed";
  progress: number;
  error: string | null;
  file: Buffer | null;
  finishedAt: number | null;
}

/** A finished export is kept this long for its download. */
const KEEP_MS = 10 * 60_000;

/**
 * Exports started from the browser: each runs in the background (ExportRunner) while the page polls its
 * progress, then downloads the file. Kept in memory for ten minutes.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();

  constructor(
    private readonly runner: ExportRunner,
    private readonly logger: Logger,
  ) {}

  start(owner: string, format: ExportFormat, input: ExportInput, fileName: string): ExportJob {
    this.sweep();
    const job: ExportJob = {
      id: randomUUID(),
      owner,
      format,
      fileName,
      status: "running",
      progress: 0,
      error: null,
      file: null,
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    this.runner
      .run(format, input, (fraction) => {
        job.progress = fraction;
      })
      .then(
        (file) => Object.assign(job, { status: "done", progress: 1, file, finishedAt: Date.now() }),
        (error: unknown) => {
          this.logger.error({ err: error, format }, "export failed");
          Object.assign(job, { status: "failed", error: messageOf(error), finishedAt: Date.now() });
        },
      );
    return job;
  }

  find(id: string, owner: string): ExportJob | null {
    const job = this.jobs.get(id);
    return job && job.owner === owner ? job : null;
  }

  mediaType(job: ExportJob): string {
    return EXPORT_MEDIA_TYPES[job.format];
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt && now - job.finishedAt > KEEP_MS) this.jobs.delete(id);
  }
}

function messageOf(error: unknown): string {
  if (error instanceof ExportTimeoutError) return "Der Export hat zu lange gedauert und wurde abgebrochen.";
  if (error instanceof ExportBusyError)
    return "Gerade laufen zu viele Exporte. Bitte versuchen Sie es gleich noch einmal.";
  return "Der Export ist fehlgeschlagen.";
}
