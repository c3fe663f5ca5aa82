/**
 * A latency histogram with 0.1 ms buckets up to 60 s (and one overflow bucket), cheap to fill in a hot
 * loop and to merge across generator processes (sent over IPC as sparse [bucket, count] pairs).
 */
const BUCKET_MS = 0.1;
const BUCKETS = 600_000;

export type SparseHistogram = [bucket: number, count: number][];

export class LatencyHistogram {
  private readonly counts = new Uint32Array(BUCKETS + 1);
  count = 0;
  maxMs = 0;

  record(ms: number): void {
    const bucket = Math.min(BUCKETS, Math.max(0, Math.floor(ms / BUCKET_MS)));
    this.counts[bucket] = (this.counts[bucket] ?? 0) + 1;
    this.count++;
    if (ms > this.maxMs) this.maxMs = ms;
  }

  toSparse(): SparseHistogram {
    const pairs: SparseHistogram = [];
    for (let i = 0; i <= BUCKETS; i++) if (this.counts[i]) pairs.push([i, this.counts[i] as number]);
    return pairs;
  }

  addSparse(pairs: SparseHistogram, maxMs: number): void {
    for (const [bucket, count] of pairs) {
      this.counts[bucket] = (this.counts[bucket] ?? 0) + count;
      this.count += count;
    }
    if (maxMs > this.maxMs) this.maxMs = maxMs;
  }

  /** The upper edge of the bucket holding the given percentile, in ms; null without samples. */
  percentile(p: number): number | null {
    if (this.count === 0) return null;
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i <= BUCKETS; i++) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) return Math.min(this.maxMs, (i + 1) * BUCKET_MS);
    }
    return this.maxMs;
  }
}

export interface LatencySummary {
  samples: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

export function summarise(histogram: LatencyHistogram): LatencySummary {
  const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  return {
    samples: histogram.count,
    p50Ms: round(histogram.percentile(50)),
    p95Ms: round(histogram.percentile(95)),
    p99Ms: round(histogram.percentile(99)),
    maxMs: histogram.count ? round(histogram.maxMs) : null,
  };
}
