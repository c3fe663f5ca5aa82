import { type IntervalHistogram, monitorEventLoopDelay } from "node:perf_hooks";

/** How finely the event loop's delay is sampled. Delays shorter than this are not told apart. */
const SAMPLING_RESOLUTION_MS = 10;

export interface ProcessHealth {
  /**
   * How late the event loop ran timers since the previous health check (or since start): a hostile frame
   * that keeps the loop busy shows up here long before the process looks dead.
   */
  eventLoop: { maxDelayMs: number; meanDelayMs: number };
  memory: { rssBytes: number; heapUsedBytes: number };
}

let histogram: IntervalHistogram | null = null;

/**
 * The figures a monitor (or a test) needs to see whether the process is merely alive or also responsive.
 * Each call reads the event-loop delay since the previous call and starts a new measuring window, so a
 * poller sees the worst delay of each of its intervals.
 */
export function readProcessHealth(): ProcessHealth {
  histogram ??= startMonitor();
  const eventLoop = {
    maxDelayMs: roundMs(histogram.max),
    meanDelayMs: Number.isNaN(histogram.mean) ? 0 : roundMs(histogram.mean),
  };
  histogram.reset();
  const memory = process.memoryUsage();
  return { eventLoop, memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed } };
}

/** Starts measuring at once, so that the first health check already has a window to report. */
export function startProcessHealth(): void {
  histogram ??= startMonitor();
}

function startMonitor(): IntervalHistogram {
  const monitor = monitorEventLoopDelay({ resolution: SAMPLING_RESOLUTION_MS });
  monitor.enable();
  return monitor;
}

/** The histogram counts nanoseconds. */
function roundMs(nanoseconds: number): number {
  return Math.round(nanoseconds / 1e4) / 100;
}
