/**
 * The contract between the load generator and a server under test. Fahrplan and each reference server
 * (y-websocket@2.1.0 in memory and with LevelDB, @hocuspocus/server@3.4.4 in memory and with SQLite)
 * implement it, so that every scenario runs the same schedule against each of them in the same run.
 *
 * A target runs its server in a child process started through `bench/load/server-probe` (or an
 * equivalent of its own) so that CPU, RSS and event-loop delay of every server are read the same way.
 */

import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";

export interface ServerSample {
  /** CPU time used by the server process since the previous sample, in core-seconds per second. */
  cpuCores: number;
  rssBytes: number;
  /** Event-loop delay of the server process (perf_hooks.monitorEventLoopDelay) since the previous sample. */
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
}

export interface RunningServer {
  pid: number;
  /** Base address of the WebSocket endpoint, e.g. ws://127.0.0.1:4001/collab (the target knows its form). */
  wsUrl: string;
  /** Collects a sample; the first call starts the measuring window. */
  sample(): Promise<ServerSample>;
  /** Optional: how often the server loaded a document from storage so far (join storm: must be 1). */
  documentLoads?(): number;
  stop(): Promise<void>;
  /** Where the set-up differs from the one requested, for the report (e.g. updates stored merged). */
  notes?: string[];
}

/** A full client: a Y.Doc kept in sync with one document of the server, with awareness. */
export interface FullClient {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Resolves when the first sync with the server is complete. */
  readonly synced: Promise<void>;
  destroy(): void;
}

/**
 * A cheap client for large scenarios: it sends real Yjs updates and awareness updates of its own, and
 * hands every binary frame it receives to `onFrame` without decoding it into a Y.Doc.
 */
export interface RawClient {
  readonly synced: Promise<void>;
  sendUpdate(update: Uint8Array): void;
  sendAwareness(update: Uint8Array): void;
  onFrame(listener: (frame: Uint8Array) => void): void;
  /** Optional: called with the close code when the server closes the connection (counted as drops). */
  onClose?(listener: (code: number) => void): void;
  destroy(): void;
}

export interface ConnectOptions {
  /** The name of a document that `prepare` created. */
  document: string;
  /** Fresh per client; the target decides how it authenticates (session cookie, token …). */
  credentials: ClientCredentials;
}

/** Whatever a client needs to be let in, made in the parent process and passed to generators. */
export type ClientCredentials = Record<string, string>;

export interface Target {
  /** e.g. "fahrplan", "y-websocket-2.1.0 (memory)", "hocuspocus-3.4.4 (sqlite)". */
  readonly name: string;
  /** Whether every update is on disk before it is relayed (for the report). */
  readonly persistsEveryUpdate: boolean;
  /**
   * Starts a fresh server on a data directory of its own, with `documents` empty documents (or
   * documents holding `storedUpdates` stored updates each, for the cold-load scenarios).
   */
  start(options: {
    dataDir: string;
    documents: number;
    storedUpdates?: number;
    compacted?: boolean;
  }): Promise<RunningServer & { documentNames: string[]; credentials(count: number): Promise<ClientCredentials[]> }>;
  /** Module path (absolute) of a module exporting `connectFull` and `connectRaw`, loaded by generator processes. */
  readonly clientModule: string;
}

/** What a target's `clientModule` exports; generator processes import it by path. */
export interface ClientModule {
  connectFull(wsUrl: string, options: ConnectOptions): FullClient;
  connectRaw(wsUrl: string, options: ConnectOptions): RawClient;
}

/**
 * Rejected by `Target.start` when a target cannot run the requested set-up at all (e.g. cold load from
 * stored updates on a server that keeps documents in memory only); the report shows the reason instead
 * of figures.
 */
export class ScenarioNotApplicable extends Error {
  override readonly name = "ScenarioNotApplicable";
}
