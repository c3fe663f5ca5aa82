import client from "prom-client";
import type { Connections } from "../collab/connections";
import type { DocumentRegistry } from "../collab/document-registry";
import type { StoreMeasurements } from "../persistence/measured-document-store";

/**
 * The figures an operator watches, in Prometheus' text format at `/metrics` (server/http/metrics-route.ts):
 * open collaboration connections, loaded documents, stored updates (their rate is "updates per second"),
 * commit latency, storage errors, HTTP server errors, and Node's process figures (CPU, memory, event-loop
 * delay) from prom-client's default collectors. One registry per server, so that tests can run several.
 */
export class Metrics {
  readonly registry = new client.Registry();
  private readonly commits: client.Histogram<"kind">;
  private readonly storageErrors: client.Counter<"kind">;
  private readonly httpErrors: client.Counter;

  constructor() {
    const registers = [this.registry];
    client.collectDefaultMetrics({ register: this.registry, prefix: "fahrplan_" });
    this.commits = new client.Histogram({
      name: "fahrplan_commit_duration_seconds",
      help: "Time to commit a batch of document updates (append) or a compaction to SQLite.",
      labelNames: ["kind"],
      // From a tenth of a millisecond (a commit with synchronous=FULL on a fast disk) to a slow disk.
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers,
    });
    this.storageErrors = new client.Counter({
      name: "fahrplan_storage_errors_total",
      help: "Loads, appends or compactions of documents that failed.",
      labelNames: ["kind"],
      registers,
    });
    this.httpErrors = new client.Counter({
      name: "fahrplan_http_server_errors_total",
      help: "HTTP responses with a 5xx status.",
      registers,
    });
  }

  /**
   * Adds the gauges of the live side. Called once the registry exists: the store it writes through is
   * measured by this object, so Metrics is built first.
   */
  watch(sources: { connections: Pick<Connections, "size">; registry: DocumentRegistry }): void {
    const { connections, registry } = sources;
    const registers = [this.registry];
    new client.Gauge({
      name: "fahrplan_collab_connections",
      help: "Open collaboration (WebSocket) connections.",
      registers,
      collect() {
        this.set(connections.size);
      },
    });
    new client.Gauge({
      name: "fahrplan_documents_loaded",
      help: "Track documents held in memory.",
      registers,
      collect() {
        this.set(registry.loadedCount);
      },
    });
    new client.Gauge({
      name: "fahrplan_pending_writes",
      help: "Updates received but not yet committed to the database.",
      registers,
      collect() {
        this.set(registry.pendingWrites);
      },
    });
  }

  /** Feeds commit latency and storage errors from the document store (MeasuredDocumentStore). */
  readonly store: StoreMeasurements = {
    committed: (kind, seconds) => this.commits.observe({ kind }, seconds),
    failed: (kind) => this.storageErrors.inc({ kind }),
  };

  httpResponse(status: number): void {
    if (status >= 500) this.httpErrors.inc();
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
