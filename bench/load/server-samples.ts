import type { RunningServer, ServerSample } from "./target";

export interface ServerFigures {
  cpuCoresMean: number;
  cpuCoresMax: number;
  rssMbMax: number;
  eventLoopDelayP99MsMax: number;
  eventLoopDelayMaxMs: number;
}

/**
 * Samples a server once a second while `during` runs (the first sample only opens the window), and sums
 * the samples up: mean and highest CPU, highest RSS, worst event-loop delay.
 */
export async function sampleWhile<T>(server: RunningServer, during: Promise<T>): Promise<[T, ServerFigures]> {
  const samples: ServerSample[] = [];
  await server.sample();
  let done = false;
  const result = during.finally(() => {
    done = true;
  });
  while (!done) {
    await Promise.race([result.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000))]);
    samples.push(await server.sample());
  }
  return [await result, summariseSamples(samples)];
}

function summariseSamples(samples: ServerSample[]): ServerFigures {
  const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
  const cpu = samples.map((sample) => sample.cpuCores);
  return {
    cpuCoresMean: round(cpu.reduce((sum, value) => sum + value, 0) / Math.max(1, cpu.length)),
    cpuCoresMax: round(Math.max(0, ...cpu)),
    rssMbMax: round(Math.max(0, ...samples.map((sample) => sample.rssBytes)) / 2 ** 20, 0),
    eventLoopDelayP99MsMax: round(Math.max(0, ...samples.map((sample) => sample.eventLoopDelayP99Ms))),
    eventLoopDelayMaxMs: round(Math.max(0, ...samples.map((sample) => sample.eventLoopDelayMaxMs))),
  };
}
