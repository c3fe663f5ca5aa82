import type { AppendedUpdate, DocumentStore, StoredDocument } from "./document-store";

/** What the measured store reports; the metrics module implements it. */
export interface StoreMeasurements {
  /** A write (append or compaction) committed after this many seconds. */
  committed(kind: "append" | "compact", seconds: number): void;
  /** A load, append or compaction threw; the commit pipeline handles the error, this only counts it. */
  failed(kind: "load" | "append" | "compact"): void;
}

/**
 * A document store that times and counts what another store does, so that commit latency and storage
 * errors show up in /metrics without the commit pipeline or the SQLite store knowing about metrics.
 */
export class MeasuredDocumentStore implements DocumentStore {
  constructor(
    private readonly inner: DocumentStore,
    private readonly measurements: StoreMeasurements,
  ) {}

  async load(documentName: string): Promise<StoredDocument> {
    try {
      return await this.inner.load(documentName);
    } catch (error) {
      this.measurements.failed("load");
      throw error;
    }
  }

  async appendAll(batch: readonly AppendedUpdate[]): Promise<number[]> {
    const started = process.hrtime.bigint();
    try {
      const ids = await this.inner.appendAll(batch);
      this.measurements.committed("append", secondsSince(started));
      return ids;
    } catch (error) {
      this.measurements.failed("append");
      throw error;
    }
  }

  async compact(documentName: string, state: Uint8Array, throughUpdateId: number): Promise<void> {
    const started = process.hrtime.bigint();
    try {
      await this.inner.compact(documentName, state, throughUpdateId);
      this.measurements.committed("compact", secondsSince(started));
    } catch (error) {
      this.measurements.failed("compact");
      throw error;
    }
  }
}

function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
