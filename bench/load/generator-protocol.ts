/**
 * Messages between the benchmark process and its generator processes (over the fork IPC channel).
 * Times are absolute, in ms of `performance.timeOrigin + performance.now()`, which all processes on one
 * machine share.
 */
import type { SparseHistogram } from "./histogram";
import type { KeySchedule } from "./schedule";
import type { ClientCredentials } from "./target";

export interface ClientAssignment {
  /** Global index of the client in the scenario: it is written into its markers. */
  index: number;
  document: string;
  credentials: ClientCredentials;
  /** Writers type (and move their cursor); everyone else only observes. */
  writer: boolean;
}

export type ToGenerator =
  | {
      type: "connect";
      clientModule: string;
      wsUrl: string;
      clients: ClientAssignment[];
      /** The document of every client of the scenario, by global index (receivers check markers by it). */
      documentOfClient: string[];
    }
  | { type: "type"; startAt: number; durationMs: number; schedule: KeySchedule; cursors: boolean }
  | {
      type: "join";
      clientModule: string;
      wsUrl: string;
      clients: ClientAssignment[];
      startAt: number;
      offsetsMs: number[];
    }
  | { type: "progress" }
  | { type: "report" }
  | { type: "close" };

export type FromGenerator =
  | { type: "connected"; failed: number; firstError: string | null }
  | { type: "typed"; sentPerDocument: Record<string, number> }
  | { type: "progress"; observed: number }
  | { type: "joined"; syncedAfterMs: number[]; lastSyncedAt: number; failed: number; firstError: string | null }
  | { type: "report"; report: GeneratorReport };

export interface GeneratorReport {
  latency: SparseHistogram;
  latencyMaxMs: number;
  observed: number;
  duplicates: number;
  /** Receipts whose keystroke number skipped ahead of the previous one from the same sender: lost before. */
  gaps: number;
  framesSent: number;
  framesReceived: number;
  bytesReceived: number;
  /** Event-loop utilisation of this generator while it typed (0..1); near 1 means it was the bottleneck. */
  eventLoopUtilisation: number;
  /** Close codes of connections the server closed, with their counts. */
  closes: Record<string, number>;
}
